/*
 * Live code snippets for the docs pages: the same text the generator's snippet renderers write
 * (generator/snippets/, generator/requests.py, generator/literals.py), made in the
 * browser from the values typed in a form. Every function here mirrors one in those modules;
 * tests/snippets/ runs both over a shared fixture set and compares the bytes.
 *
 *   UtdkSnippets.render(spec, 'typescript', {access_token: 'access-...'})
 *
 * `spec` is snippet_data(context, operation) embedded in the page; `values` maps argument
 * keys (Argument.key: the wire name) to values: strings, numbers, booleans, parsed JSON for
 * objects and arrays, file names for file fields. Absent, undefined and null values are left
 * out; `values` itself null or undefined renders the operation's example request.
 * Works as a classic <script> (window.UtdkSnippets) and as a CommonJS module (node).
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.UtdkSnippets = api;
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // -- literals.py --------------------------------------------------------------------------

  const JS_UNSAFE = [
    ['<', '\\u003c'],
    ['>', '\\u003e'],
    ['&', '\\u0026'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
  ];

  function replaceAll(text, raw, escaped) {
    return text.split(raw).join(escaped);
  }

  function tsString(value) {
    let body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
    for (const [raw, escaped] of JS_UNSAFE) body = replaceAll(body, raw, escaped);
    return "'" + body + "'";
  }

  function tsKey(name) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
  }

  function hex4(code) {
    return '\\u' + code.toString(16).padStart(4, '0');
  }

  function pyString(value) {
    let out = '"';
    for (const ch of value) {
      const code = ch.codePointAt(0);
      if (ch === '\\') out += '\\\\';
      else if (ch === '"') out += '\\"';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (code < 0x20 || ch === '\u2028' || ch === '\u2029' || ch === '\x7f' || (code >= 0xd800 && code <= 0xdfff)) out += hex4(code);
      else out += ch;
    }
    return out + '"';
  }

  function jsNumber(value) {
    return Number.isFinite(value) ? String(value) : 'null';
  }

  function snippetJson(value, indent, level) {
    indent = indent || 0;
    level = level || 0;
    if (typeof value === 'string') return JSON.stringify(value);
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') return jsNumber(value);
    let items;
    let opener;
    let closer;
    if (Array.isArray(value)) {
      items = value.map((v) => snippetJson(v, indent, level + 1));
      opener = '[';
      closer = ']';
    } else if (typeof value === 'object') {
      items = Object.keys(value).map((k) => JSON.stringify(k) + (indent ? ': ' : ':') + snippetJson(value[k], indent, level + 1));
      opener = '{';
      closer = '}';
    } else {
      return JSON.stringify(String(value));
    }
    if (!items.length) return opener + closer;
    if (!indent) return opener + items.join(',') + closer;
    const inner = '\n' + ' '.repeat(indent * (level + 1));
    return opener + inner + items.join(',' + inner) + '\n' + ' '.repeat(indent * level) + closer;
  }

  function shellQuote(value) {
    return "'" + value.split("'").join("'\\''") + "'";
  }

  const SHELL_PLAIN_IN_DOUBLE_QUOTES = /^[A-Za-z0-9 _\-.,:/?=&%+@~*;|#]*$/;

  function shellWords(parts) {
    const merged = [];
    for (const [kind, text] of parts) {
      if (!text) continue;
      if (kind === 'text' && merged.length && merged[merged.length - 1][0] === 'text') merged[merged.length - 1] = ['text', merged[merged.length - 1][1] + text];
      else merged.push([kind, text]);
    }
    parts = merged;
    if (!parts.some((p) => p[0] === 'env')) return shellQuote(parts.map((p) => p[1]).join(''));
    if (parts.every((p) => p[0] === 'env' || SHELL_PLAIN_IN_DOUBLE_QUOTES.test(p[1]))) {
      let out = '';
      parts.forEach((p, i) => {
        if (p[0] === 'env') {
          const following = i + 1 < parts.length ? parts[i + 1][1].slice(0, 1) : '';
          out += /[A-Za-z0-9_]/.test(following) ? '${' + p[1] + '}' : '$' + p[1];
        } else {
          out += p[1];
        }
      });
      return '"' + out + '"';
    }
    return parts.map((p) => (p[0] === 'env' ? '"$' + p[1] + '"' : shellQuote(p[1]))).join('');
  }

  // -- requests.py --------------------------------------------------------------------------

  const COMPONENT_SAFE = "-_.!~*'()";
  const RESERVED_SAFE = COMPONENT_SAFE + ':/?@$+,;';
  const PATH_LITERAL_SAFE = "-._~!$&'()*+,;=:@/%";

  function encode(text, safe) {
    safe = safe === undefined ? COMPONENT_SAFE : safe;
    let out = '';
    for (const ch of text) {
      out += /^[A-Za-z0-9_.\-~]$/.test(ch) || safe.indexOf(ch) >= 0 ? ch : encodeURIComponent(ch);
    }
    return out;
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function textOf(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return jsNumber(value);
    return snippetJson(value, 0);
  }

  // Maps keyed by names from the spec or the form are null-prototype objects: a name such as
  // __proto__ or constructor is an ordinary key there, as it is in a Python dict.
  function expandPath(plan, values) {
    const args = Object.create(null);
    for (const a of plan.arguments) if (a.location === 'path') args[a.name] = a;
    return plan.path
      .split(/(\{[^{}]+\})/)
      .map((piece) => {
        const name = piece.startsWith('{') && piece.endsWith('}') ? piece.slice(1, -1) : null;
        if (name !== null && Object.prototype.hasOwnProperty.call(values, name) && args[name]) {
          return pathValue(args[name], values[name]);
        }
        return encode(piece, PATH_LITERAL_SAFE);
      })
      .join('');
  }

  function pathValue(arg, value) {
    const style = arg.style;
    const explode = arg.explode;
    if (style === 'content') return encode(snippetJson(value, 0));
    if (Array.isArray(value)) {
      const items = value.map((v) => encode(textOf(v)));
      if (style === 'label') return '.' + items.join(explode ? '.' : ',');
      if (style === 'matrix') {
        const name = encode(arg.name);
        return explode ? items.map((i) => ';' + name + '=' + i).join('') : ';' + name + '=' + items.join(',');
      }
      return items.join(',');
    }
    if (isObject(value)) {
      const flat = Object.keys(value).map((k) => encode(String(k)) + (explode ? '=' : ',') + encode(textOf(value[k])));
      if (style === 'label') return '.' + flat.join(explode ? '.' : ',');
      if (style === 'matrix') return explode ? flat.map((p) => ';' + p).join('') : ';' + encode(arg.name) + '=' + flat.join(',');
      return flat.join(',');
    }
    const text = encode(textOf(value));
    if (style === 'label') return '.' + text;
    if (style === 'matrix') return ';' + encode(arg.name) + '=' + text;
    return text;
  }

  function queryPairs(arg, value) {
    if (arg.style === 'content') return [[arg.name, snippetJson(value, 0)]];
    if (Array.isArray(value)) {
      if (arg.style === 'form' && arg.explode) return value.map((v) => [arg.name, textOf(v)]);
      const separator = { spaceDelimited: ' ', pipeDelimited: '|' }[arg.style] || ',';
      return [[arg.name, value.map(textOf).join(separator)]];
    }
    if (isObject(value)) {
      const keys = Object.keys(value);
      if (arg.style === 'deepObject') return keys.map((k) => [arg.name + '[' + k + ']', textOf(value[k])]);
      if (arg.explode) return keys.map((k) => [String(k), textOf(value[k])]);
      return [[arg.name, keys.map((k) => k + ',' + textOf(value[k])).join(',')]];
    }
    return [[arg.name, textOf(value)]];
  }

  function joined(arg, value) {
    if (arg.style === 'content') return snippetJson(value, 0);
    if (Array.isArray(value)) return value.map(textOf).join(',');
    if (isObject(value)) {
      return Object.keys(value)
        .map((k) => (arg.explode ? k + '=' + textOf(value[k]) : k + ',' + textOf(value[k])))
        .join(',');
    }
    return textOf(value);
  }

  // A line break in a header value would start a new header.
  function oneLine(text) {
    return text.replace(/[\r\n]+/g, ' ');
  }

  // An HTTP token: anything else in a spec's header name (space, colon, line break) becomes -.
  function headerName(name) {
    return name.replace(/[^A-Za-z0-9!#$%&'*+\-.^_`|~]/gu, '-') || '-';
  }

  function headerValue(arg, value) {
    return oneLine(joined(arg, value));
  }

  function queryString(pairs, plan) {
    const reserved = new Set(plan.arguments.filter((a) => a.location === 'query' && a.allowReserved).map((a) => a.name));
    const items = pairs.map(([name, value]) => encode(name) + '=' + encode(value, reserved.has(name) ? RESERVED_SAFE : COMPONENT_SAFE));
    return items.length ? '?' + items.join('&') : '';
  }

  function buildRequest(plan, values) {
    const filled = plan.arguments
      .filter((a) => Object.prototype.hasOwnProperty.call(values, a.key) && values[a.key] !== null && values[a.key] !== undefined)
      .map((a) => [a, values[a.key]]);
    const byLocation = Object.create(null);
    for (const [arg, value] of filled) (byLocation[arg.location] = byLocation[arg.location] || []).push([arg, value]);
    const at = (location) => byLocation[location] || [];
    const pathValues = Object.create(null);
    for (const [arg, value] of at('path')) pathValues[arg.name] = value;
    const query = [];
    for (const [arg, value] of at('query')) query.push(...queryPairs(arg, value));
    return {
      plan: plan,
      values: filled,
      method: plan.method,
      baseUrl: plan.baseUrl,
      path: expandPath(plan, pathValues),
      query: query,
      headers: at('header').map(([arg, value]) => [headerName(arg.name), headerValue(arg, value)]),
      cookies: at('cookie').map(([arg, value]) => [arg.name, joined(arg, value)]),
      body: body(plan, at('field'), at('body')),
    };
  }

  function body(plan, fields, whole) {
    const kind = plan.body.kind;
    const contentType = plan.body.contentType;
    if (!kind || !contentType) return null;
    if (whole.length) {
      const value = whole[0][1];
      if (kind === 'json') return { kind: kind, contentType: contentType, json: value };
      if (kind === 'form' && isObject(value)) {
        return { kind: kind, contentType: contentType, pairs: Object.keys(value).map((k) => [k, textOf(value[k])]) };
      }
      if (kind === 'multipart' && isObject(value)) {
        return { kind: kind, contentType: contentType, parts: Object.keys(value).map((k) => ({ name: k, value: textOf(value[k]), file: false })) };
      }
      return { kind: kind === 'binary' ? 'binary' : 'text', contentType: contentType, text: textOf(value) };
    }
    if (!fields.length && (!plan.body.required || plan.arguments.some((a) => a.location === 'body'))) return null;
    if (kind === 'form') {
      const pairs = [];
      for (const [arg, value] of fields) for (const v of Array.isArray(value) ? value : [value]) pairs.push([arg.name, textOf(v)]);
      return { kind: kind, contentType: contentType, pairs: pairs };
    }
    if (kind === 'multipart') {
      const parts = [];
      for (const [arg, value] of fields) {
        const items = Array.isArray(value) && (arg.file === 'many' || !arg.file) ? value : [value];
        for (const v of items) parts.push({ name: arg.name, value: textOf(v), file: Boolean(arg.file) });
      }
      return { kind: kind, contentType: contentType, parts: parts };
    }
    const json = Object.create(null);
    for (const [arg, value] of fields) json[arg.name] = value;
    return { kind: kind, contentType: contentType, json: json };
  }

  // -- snippets/layout.py -------------------------------------------------------------------

  function Leaf(text) {
    this.text = text;
  }

  // snippets/layout.py ts_literal_key: `__proto__: v` in an object literal would set the prototype
  const tsLiteralKey = (name) => (name === '__proto__' ? '[' + tsString(name) + ']' : tsKey(name));
  const TYPESCRIPT = { indent: '  ', string: tsString, key: tsLiteralKey, null: 'null', true: 'true', false: 'false', inline: (e) => '{ ' + e + ' }' };
  const PYTHON = { indent: '    ', string: pyString, key: pyString, null: 'None', true: 'True', false: 'False', inline: (e) => '{' + e + '}' };

  function isPlainObject(value) {
    return isObject(value) && !(value instanceof Leaf);
  }

  function isScalar(value) {
    return !Array.isArray(value) && !isPlainObject(value);
  }

  function isInline(value) {
    if (Array.isArray(value)) return value.every(isScalar);
    if (isPlainObject(value)) {
      const keys = Object.keys(value);
      return keys.length === 0 || (keys.length === 1 && isScalar(value[keys[0]]));
    }
    return true;
  }

  function literal(value, syntax, level) {
    level = level || 0;
    if (value instanceof Leaf) return value.text;
    if (typeof value === 'string') return syntax.string(value);
    if (value === null || value === undefined) return syntax.null;
    if (typeof value === 'boolean') return value ? syntax.true : syntax.false;
    if (typeof value === 'number') return jsNumber(value);
    if (Array.isArray(value)) {
      if (isInline(value)) return '[' + value.map((v) => literal(v, syntax, 0)).join(', ') + ']';
      return block('[', ']', value.map((v) => literal(v, syntax, level + 1)), syntax, level);
    }
    return entriesLiteral(Object.keys(value).map((k) => [k, value[k]]), syntax, level);
  }

  // An object given as [key, value] pairs: the keys keep this order (a JS object would move
  // array-index keys first; the argument object must follow the argument order instead).
  function entriesLiteral(entries, syntax, level) {
    const lines = entries.map(([k, v]) => syntax.key(String(k)) + ': ' + literal(v, syntax, level + 1));
    if (!lines.length) return '{}';
    if (lines.length === 1 && isScalar(entries[0][1])) return syntax.inline(lines[0]);
    return block('{', '}', lines, syntax, level);
  }

  function block(opener, closer, lines, syntax, level) {
    const inner = syntax.indent.repeat(level + 1);
    return opener + '\n' + lines.map((line) => inner + line + ',\n').join('') + syntax.indent.repeat(level) + closer;
  }

  // -- snippets/typescript.py, python.py, curl.py -------------------------------------------

  function typescript(spec, request) {
    const sdk = spec.typescript;
    const imports = ['import ' + sdk.client + ' from ' + tsString(sdk.package) + ';'];
    if (request.values.some(([arg]) => arg.file)) imports.push("import { openAsBlob } from 'node:fs';");
    const fileValue = (arg, value) =>
      arg.file === 'many' && Array.isArray(value)
        ? value.map((v) => new Leaf('await openAsBlob(' + tsString(textOf(v)) + ')'))
        : new Leaf('await openAsBlob(' + tsString(textOf(value)) + ')');
    const entries = request.values.map(([arg, value]) => [arg.ts, arg.file ? fileValue(arg, value) : value]);
    const inside = entries.length ? entriesLiteral(entries, TYPESCRIPT, 0) : '';
    const member = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(sdk.method) ? '.' + sdk.method : '[' + tsString(sdk.method) + ']';
    return imports.join('\n') + '\n\nawait ' + sdk.client + member + '(' + inside + ')';
  }

  function python(spec, request) {
    const sdk = spec.python;
    const fileValue = (arg, value) =>
      arg.file === 'many' && Array.isArray(value)
        ? value.map((v) => new Leaf('open(' + pyString(textOf(v)) + ', "rb")'))
        : new Leaf('open(' + pyString(textOf(value)) + ', "rb")' + (arg.location === 'body' ? '.read()' : ''));
    const kwargs = request.values.map(([arg, value]) => [arg.py, arg.file ? fileValue(arg, value) : value]);
    const call = sdk.client + '.' + sdk.method;
    let text;
    if (!kwargs.length) text = call + '()';
    else if (kwargs.length === 1 && isScalar(kwargs[0][1])) text = call + '(' + kwargs[0][0] + '=' + literal(kwargs[0][1], PYTHON) + ')';
    else text = call + '(\n' + kwargs.map(([name, value]) => PYTHON.indent + name + '=' + literal(value, PYTHON, 1) + ',\n').join('') + ')';
    return 'from ' + sdk.package + ' import ' + sdk.client + '\n\n' + text;
  }

  const FORM_TYPE = 'application/x-www-form-urlencoded';
  // -F reads a file after @ or <, and parses ;type= and quotes: plain text only, else --form-string
  function plainFormText(name, value) {
    return !/^[@<]/.test(value) && !/[;"\\]/.test(name + value) && name.indexOf('=') < 0;
  }

  function curl(spec, request) {
    const plan = request.plan;
    const queryAuth = plan.auth.filter((a) => a.location === 'query');
    const urlParts = [];
    const base = request.baseUrl + request.path;
    const fixed = queryString(request.query, plan);
    if (queryAuth.length) {
      urlParts.push(['text', base + (fixed ? fixed + '&' : '?')]);
      queryAuth.forEach((auth, i) => {
        urlParts.push(['text', (i ? '&' : '') + encode(auth.name) + '=']);
        urlParts.push(...auth.parts);
      });
    } else {
      urlParts.push(['text', base + fixed]);
    }
    const command = plan.method === 'HEAD' ? 'curl -I' : 'curl -X ' + plan.method;
    const lines = [command + ' ' + shellWords(urlParts)];
    for (const [name, value] of request.headers) lines.push('-H ' + shellQuote(name + ': ' + value));
    for (const auth of plan.auth) {
      if (auth.location === 'header') lines.push('-H ' + shellWords([['text', auth.name + ': '], ...auth.parts]));
      else if (auth.location === 'basic') lines.push('-u ' + shellWords(auth.parts));
    }
    const cookieParts = [];
    for (const [name, value] of request.cookies) cookieParts.push(['text', (cookieParts.length ? '; ' : '') + name + '=' + encode(value)]);
    for (const auth of plan.auth) {
      if (auth.location === 'cookie') {
        cookieParts.push(['text', (cookieParts.length ? '; ' : '') + auth.name + '=']);
        cookieParts.push(...auth.parts);
      }
    }
    if (cookieParts.length) lines.push('-b ' + shellWords(cookieParts));
    lines.push(...bodyLines(request));
    const comments = plan.notes.map((note) => '# ' + note + '\n').join('');
    return comments + lines.join(' \\\n  ');
  }

  function bodyLines(request) {
    const b = request.body;
    if (!b) return [];
    const contentType = '-H ' + shellQuote('Content-Type: ' + b.contentType);
    if (b.kind === 'json') return [contentType, '--data ' + shellQuote(snippetJson(b.json, 2))];
    if (b.kind === 'form') {
      const lines = b.contentType.toLowerCase() === FORM_TYPE ? [] : [contentType];
      return lines.concat(b.pairs.map(([name, value]) => '--data-urlencode ' + shellQuote(encode(name) + '=' + value)));
    }
    if (b.kind === 'multipart') {
      return b.parts.map((part) => {
        if (part.file) return '-F ' + shellQuote(part.name + '=@' + part.value);
        if (plainFormText(part.name, part.value)) return '-F ' + shellQuote(part.name + '=' + part.value);
        return '--form-string ' + shellQuote(part.name + '=' + part.value);
      });
    }
    if (b.kind === 'binary') return [contentType, '--data-binary ' + shellQuote('@' + b.text)];
    return [contentType, '--data-raw ' + shellQuote(b.text)];
  }

  const RENDERERS = { typescript: typescript, python: python, curl: curl };

  function render(spec, language, values) {
    const renderer = Object.prototype.hasOwnProperty.call(RENDERERS, language) ? RENDERERS[language] : null;
    if (!renderer) throw new Error('no snippet client ' + JSON.stringify(language));
    const request = buildRequest(spec.request, values === null || values === undefined ? spec.example : values);
    return renderer(spec, request);
  }

  return { render: render, languages: Object.keys(RENDERERS), buildRequest: buildRequest };
});
