curl -X PUT 'https://us.api.kitchensink.example/v1/pets/1/microchip' \
  -H "Authorization: Bearer $KITCHENSINK_BEARER_AUTH" \
  -H 'Content-Type: application/json' \
  --data '{
  "chip_id": "MC00000000",
  "nickname": "stringst",
  "weight_kg": 0.5,
  "age_years": 1,
  "owner_email": "user@example.com",
  "vaccinations": [
    "rabies",
    "distemper"
  ],
  "vet_id": "123e4567-e89b-12d3-a456-426614174000"
}'
