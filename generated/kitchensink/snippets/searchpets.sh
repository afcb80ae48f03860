curl -X GET "https://us.api.kitchensink.example/v1/search?q=fluffy%20cat&api_key=$KITCHENSINK_API_KEY_QUERY"
