import kitchensink from '@utdk/kitchensink';

await kitchensink.createconversation({
  model: 'string',
  messages: [
    {
      role: 'tool',
      tool_call_id: 'string',
      content: 'string',
    },
  ],
})
