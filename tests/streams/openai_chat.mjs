// The OpenAI SDK's chat completions stream, and a webhook, under node.
const [moduleUrl, baseURL, webhook] = process.argv.slice(2);
const { Openai } = await import(moduleUrl);
const client = new Openai({ baseURL, apiKeyAuth: 'sk-test', maxRetries: 0 });
const stream = await client.createchatcompletion({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }], stream: true });
const parts = [];
for await (const chunk of stream) parts.push(chunk.choices[0].delta.content);
const event = client.webhooks.unwrap(webhook);
console.log(JSON.stringify({ parts, webhook: [event.type, event.data.id] }));
