curl -X POST 'https://us.api.kitchensink.example/v1/contact' \
  -b "session=$KITCHENSINK_API_KEY_COOKIE" \
  --data-urlencode 'email=user@example.com' \
  --data-urlencode 'message=string'
