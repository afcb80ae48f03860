curl -X DELETE 'https://us.api.kitchensink.example/v1/pets/42' \
  -u "$KITCHENSINK_BASIC_AUTH_USERNAME:$KITCHENSINK_BASIC_AUTH_PASSWORD"
