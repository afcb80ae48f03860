from utdk_kitchensink import kitchensink

kitchensink.register_microchip(
    pet_id=1,
    chip_id="MC00000000",
    nickname="stringst",
    weight_kg=0.5,
    age_years=1,
    owner_email="user@example.com",
    vaccinations=["rabies", "distemper"],
    vet_id="123e4567-e89b-12d3-a456-426614174000",
)
