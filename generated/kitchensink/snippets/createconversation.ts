import kitchensink from '@utdk/kitchensink';

await kitchensink.createconversation({
  model: 'string',
  messages: [
    {
      role: 'user',
      content: 'string',
    },
  ],
})
