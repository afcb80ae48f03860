from utdk_plaid import plaid

plaid.identity_refresh(access_token="access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6")
