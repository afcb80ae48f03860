from utdk_kitchensink import kitchensink

kitchensink.upload_pet_photo(
    pet_id=0,
    file=open("file.bin", "rb"),
)
