// client.webhooks.unwrap on each payload given (as a string, a Buffer and a Uint8Array); prints what came out.
const [moduleUrl, payloadsJson] = process.argv.slice(2);
const sdk = await import(moduleUrl);
const client = new sdk.Kitchensink({ bearerAuth: 't' });
const results = [];
for (const payload of JSON.parse(payloadsJson)) {
  const forms = [payload, Buffer.from(payload), new TextEncoder().encode(payload)];
  const outcomes = forms.map((body) => {
    try {
      return { event: client.webhooks.unwrap(body) };
    } catch (error) {
      return { error: error.constructor.name, message: error.message, isSDKError: error instanceof sdk.SDKError };
    }
  });
  results.push(outcomes);
}
console.log(JSON.stringify(results));
