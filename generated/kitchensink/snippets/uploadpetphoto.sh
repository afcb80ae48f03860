curl -X POST 'https://us.api.kitchensink.example/v1/pets/0/photo' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -F 'file=@file.bin'
