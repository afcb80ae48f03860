# KITCHENSINK_OAUTH2_ACCESS_TOKEN: an access token from /oauth/token (OAuth 2.0 client credentials)
curl -X GET 'https://us.api.kitchensink.example/v1/store/inventory' \
  -H "Authorization: Bearer $KITCHENSINK_OAUTH2_ACCESS_TOKEN"
