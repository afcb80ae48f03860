curl -X POST 'https://us.api.kitchensink.example/v1/conversations/string/replies' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{
  "text": "string"
}'
