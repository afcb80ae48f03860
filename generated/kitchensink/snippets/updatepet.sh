curl -X PATCH 'https://us.api.kitchensink.example/v1/pets/42' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{}'
