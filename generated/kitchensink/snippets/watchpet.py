from utdk_kitchensink import kitchensink

kitchensink.watch_pet(pet_id=0)
