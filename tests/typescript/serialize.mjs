// Serializes each case of argv[3] (JSON: [[spec, value], ...]) with the compiled runtime at argv[2].
const { serializeParams, buildPath } = await import(process.argv[2]);
const cases = JSON.parse(process.argv[3]);
const out = cases.map(([spec, value]) => {
  const s = serializeParams([{ key: 'v', ...spec }], { v: value });
  if (spec.in === 'path') return buildPath(`/x/{${spec.name}}`, s.path);
  if (spec.in === 'query') return s.query.join('&');
  if (spec.in === 'header') return s.headers.map(([k, v]) => `${k}: ${v}`).join('\n');
  return s.cookies.join('; ');
});
console.log(JSON.stringify(out));
