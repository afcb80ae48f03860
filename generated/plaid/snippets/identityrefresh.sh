curl -X POST 'https://production.plaid.com/identity/refresh' \
  -H "PLAID-CLIENT-ID: $PLAID_CLIENT_ID" \
  -H "PLAID-SECRET: $PLAID_SECRET" \
  -H 'Content-Type: application/json' \
  --data '{
  "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"
}'
