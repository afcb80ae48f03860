// Runs calls against a compiled package and prints what happened as JSON.
// Usage: node call.mjs '<plan json>'  where the plan is
//   { module, options (null: the default export), calls: [{ method, args, options }] }
// Args may hold {"$file": text, name, type} for uploads; Blob results print as {"$blob": text, type}.

const plan = JSON.parse(process.argv[2]);
const pkg = await import(plan.module);

function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if ('$file' in value) return new File([value.$file], value.name ?? 'file.bin', { type: value.type ?? '' });
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

function classChain(error) {
  const names = [];
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(proto.constructor.name);
  }
  return names;
}

async function describe(value) {
  if (value instanceof Blob) return { $blob: await value.text(), type: value.type };
  return value === undefined ? null : value;
}

let client;
try {
  client = plan.options === null ? pkg.default : new pkg[plan.className](revive(plan.options));
} catch (error) {
  console.log(JSON.stringify({ construct: { classes: classChain(error), message: String(error.message) } }));
  process.exit(0);
}
const results = [];
for (const call of plan.calls) {
  const start = performance.now();
  try {
    const value = await client[call.method](revive(call.args ?? {}), call.options ?? undefined);
    results.push({ ok: true, value: await describe(value), requestId: value?._request_id ?? null, elapsedMs: performance.now() - start });
  } catch (error) {
    results.push({
      ok: false,
      elapsedMs: performance.now() - start,
      error: {
        classes: classChain(error),
        message: String(error.message),
        text: String(error) + ' ' + JSON.stringify(error),
        status: error.status ?? null,
        requestId: error.requestId ?? null,
        body: error.body ?? null,
      },
    });
  }
}
console.log(JSON.stringify({ results }));
