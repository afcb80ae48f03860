curl -X POST 'https://us.api.kitchensink.example/v1/conversations' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{
  "model": "string",
  "messages": [
    {
      "role": "user",
      "content": "string"
    }
  ]
}'
