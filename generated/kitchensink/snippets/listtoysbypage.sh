curl -X GET 'https://us.api.kitchensink.example/v1/toys/by-page' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
