// A call aborted through its signal while the server is still answering.
const [moduleUrl, baseURL] = process.argv.slice(2);
const { Kitchensink } = await import(moduleUrl);
const client = new Kitchensink({ baseURL, maxRetries: 3 });
const controller = new AbortController();
setTimeout(() => controller.abort(), 500);
try {
  await client.getstatus({}, { signal: controller.signal });
  console.log(JSON.stringify({ classes: [] }));
} catch (error) {
  const classes = [];
  for (let p = Object.getPrototypeOf(error); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) classes.push(p.constructor.name);
  console.log(JSON.stringify({ classes }));
}
