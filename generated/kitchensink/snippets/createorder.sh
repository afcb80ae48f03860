curl -X POST 'https://us.api.kitchensink.example/v1/orders' \
  -H 'Content-Type: application/json' \
  --data '{
  "item": "string"
}'
