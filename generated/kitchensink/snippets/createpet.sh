curl -X POST 'https://us.api.kitchensink.example/v1/pets' \
  -H "X-API-Key: $KITCHENSINK_API_KEY_HEADER" \
  -H 'Content-Type: application/json' \
  --data '{
  "name": "Rex",
  "petType": "dog",
  "bark_volume": 7
}'
