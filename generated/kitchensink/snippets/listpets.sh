curl -X GET 'https://us.api.kitchensink.example/v1/pets' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
