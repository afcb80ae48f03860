curl -X GET 'https://us.api.kitchensink.example/v1/toys' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
