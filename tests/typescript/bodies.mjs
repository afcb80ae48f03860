// Encodes each case of argv[3] (JSON: [[bodySpec, args], ...]) with the compiled runtime at argv[2].
const { bodyValue, encodeBody } = await import(process.argv[2]);
const out = [];
for (const [spec, args] of JSON.parse(process.argv[3])) {
  if (args.bytes) args.body = new Uint8Array(args.bytes);
  const { body, contentType } = await encodeBody(spec, bodyValue(spec, args));
  const text = body === undefined ? null : body instanceof Blob ? `blob:${body.size}` : String(body);
  out.push([text, contentType ?? null]);
}
console.log(JSON.stringify(out));
