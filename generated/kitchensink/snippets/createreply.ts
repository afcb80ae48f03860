import kitchensink from '@utdk/kitchensink';

await kitchensink.createreply({
  conversationId: 'string',
  text: 'string',
})
