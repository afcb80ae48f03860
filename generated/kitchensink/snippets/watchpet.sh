curl -X GET 'https://us.api.kitchensink.example/v1/pets/0/events' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
