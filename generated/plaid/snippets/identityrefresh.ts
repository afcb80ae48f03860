import plaid from '@utdk/plaid';

await plaid.identityrefresh({ access_token: 'access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6' })
