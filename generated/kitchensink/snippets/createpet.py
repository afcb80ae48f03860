from utdk_kitchensink import kitchensink

kitchensink.create_pet(
    name="Rex",
    pet_type="dog",
    bark_volume=7,
)
