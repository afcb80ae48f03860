from utdk_kitchensink import kitchensink

kitchensink.add_pet_note(
    pet_id=0,
    text="string",
)
