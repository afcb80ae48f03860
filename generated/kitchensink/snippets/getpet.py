from utdk_kitchensink import kitchensink

kitchensink.get_pet(pet_id=42)
