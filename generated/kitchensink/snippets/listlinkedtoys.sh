curl -X GET 'https://us.api.kitchensink.example/v1/toys/linked' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
