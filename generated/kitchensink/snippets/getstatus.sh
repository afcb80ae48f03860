curl -X GET 'https://us.api.kitchensink.example/v1/status'
