import kitchensink from '@utdk/kitchensink';

await kitchensink.submitcontactform({
  email: 'user@example.com',
  message: 'string',
})
