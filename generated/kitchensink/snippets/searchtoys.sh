curl -X POST 'https://us.api.kitchensink.example/v1/toys/search' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{
  "query": "string"
}'
