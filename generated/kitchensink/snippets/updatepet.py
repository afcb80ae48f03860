from utdk_kitchensink import kitchensink

kitchensink.update_pet(pet_id=42)
