curl -X POST 'https://us.api.kitchensink.example/v1/pets/0/notes' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -F 'text=string'
