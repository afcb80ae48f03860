from utdk_kitchensink import kitchensink

kitchensink.download_pet_photo(pet_id=0)
