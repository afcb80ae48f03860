// Event streams of the compiled kitchensink package under node; prints what it saw as JSON.
const [moduleUrl, baseURL, scenario] = process.argv.slice(2);
const sdk = await import(moduleUrl);
const core = await import(new URL('./core/index.js', moduleUrl).href);
const client = new sdk.Kitchensink({ baseURL, bearerAuth: 't', maxRetries: 0 });

async function read(stream, stopAfter) {
  const items = [];
  for await (const item of stream) {
    items.push([Date.now() / 1000, item]);
    if (items.length === stopAfter) stream.controller.abort();
  }
  return items;
}

function classes(error) {
  const names = [];
  for (let p = Object.getPrototypeOf(error); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) names.push(p.constructor.name);
  return names;
}

const scenarios = {
  async timed() {
    return { items: await read(await client.watchpet({ petId: 1 })) };
  },
  async mixed() {
    return { items: await read(await client.watchpet({ petId: 2 })) };
  },
  async error() {
    const seen = [];
    try {
      for await (const item of await client.watchpet({ petId: 3 })) seen.push(item);
      return { seen };
    } catch (error) {
      return { seen, classes: classes(error), body: error.body, message: error.message, event: error.event?.event };
    }
  },
  async abort() {
    const stream = await client.watchpet({ petId: 4 });
    return { items: await read(stream, 1), aborted: stream.controller.signal.aborted };
  },
  async flag() {
    const stream = await client.createreply({ conversationId: 'c1', text: 'Hi', stream: true });
    const isStream = stream instanceof sdk.Stream;
    const items = (await read(stream)).map(([, item]) => item);
    return { isStream, items };
  },
  async json() {
    const reply = await client.createreply({ conversationId: 'c1', text: 'Hi' });
    return { reply, isStream: reply instanceof sdk.Stream };
  },
  async withResponse() {
    const { data, response } = await client.watchpet({ petId: 5 }).withResponse();
    return { isStream: data instanceof sdk.Stream, status: response.status, kinds: (await read(data)).map(([, item]) => item.kind) };
  },
  async readable() {
    const stream = await client.createreply({ conversationId: 'c1', text: 'Hi', stream: true });
    return { text: await new Response(stream.toReadableStream()).text() };
  },
  async decoder() {
    // The pieces given as hex, fed one byte at a time.
    const bytes = Buffer.from(process.argv[5], 'hex');
    const decoder = new core.SSEDecoder();
    const events = [];
    for (const byte of bytes) events.push(...decoder.feed(Uint8Array.of(byte)));
    return { events };
  },
};

console.log(JSON.stringify(await scenarios[scenario]()));
