curl -X GET 'https://us.api.kitchensink.example/v1/store/reports/string' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH"
