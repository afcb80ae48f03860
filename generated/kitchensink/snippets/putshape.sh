curl -X PUT 'https://us.api.kitchensink.example/v1/shapes/string' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{
  "radius": 0
}'
