from utdk_kitchensink import kitchensink

kitchensink.delete_pet(pet_id=42)
