curl -X GET 'https://us.api.kitchensink.example/v1/toys/by-offset' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
