/**
 * Parameters and bodies as the param describes them: path templates, query strings per
 * style/explode, headers, cookies, and JSON, form, multipart, binary and text bodies.
 */

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

/** How one argument key travels: wire name, location, and style/explode when not the default. */
export interface ParamEncoding {
  readonly key: string;
  readonly name: string;
  readonly in: ParamLocation;
  readonly style?: string;
  readonly explode?: boolean;
  /** Declared with `content: application/json`: the value is sent as JSON text. */
  readonly json?: boolean;
  readonly allowReserved?: boolean;
}

export type BodyKind = 'json' | 'form' | 'multipart' | 'binary' | 'text';

export interface BodyEncoding {
  readonly kind: BodyKind;
  readonly contentType: string;
  /** Argument keys that are properties of an object body, or [argument key, wire name]. */
  readonly fields?: readonly (string | readonly [string, string])[];
  /** The argument key holding the whole body when it is not an object of fields. */
  readonly key?: string;
  /** The body may be left out: no field given sends no body rather than `{}`. */
  readonly optional?: boolean;
}

/** What can be uploaded as a file or a binary body. */
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView;

const DEFAULT_STYLE: Record<ParamLocation, string> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

export interface SerializedParams {
  path: Record<string, string>;
  query: string[];
  headers: [string, string][];
  cookies: string[];
}

export function serializeParams(params: readonly ParamEncoding[], values: Record<string, unknown>): SerializedParams {
  const out: SerializedParams = { path: record<string>(), query: [], headers: [], cookies: [] };
  for (const param of params) {
    const value = own(values, param.key);
    if (value === undefined) continue;
    const style = param.style ?? DEFAULT_STYLE[param.in];
    const explode = param.explode ?? style === 'form';
    switch (param.in) {
      case 'path':
        out.path[param.name] = param.json ? encodeURIComponent(JSON.stringify(value)) : pathValue(param.name, value, style, explode);
        break;
      case 'query':
        out.query.push(...queryPairs(param, value, style, explode));
        break;
      case 'header':
        if (value !== null) out.headers.push([param.name, param.json ? JSON.stringify(value) : simple(value, explode, identity)]);
        break;
      case 'cookie':
        if (value !== null) out.cookies.push(`${param.name}=${encodeURIComponent(param.json ? JSON.stringify(value) : simple(value, false, identity))}`);
        break;
    }
  }
  return out;
}

export function buildPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (whole: string, name: string) => values[name] ?? whole);
}

function identity(text: string): string {
  return text;
}

function enc(text: string): string {
  return encodeURIComponent(text);
}

/** Reserved characters (RFC 3986 gen-delims and sub-delims) kept as they are. */
function encReserved(text: string): string {
  return encodeURI(text).replace(/[#]/g, '%23');
}

export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Objects the SDK builds from the caller's keys have no prototype, so a key named `__proto__`,
 * `constructor` or `toString` is just a key: it is sent, and it reaches nothing inherited.
 */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The caller's own value for `key`, never one inherited from Object.prototype. */
function own(values: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
}

function entries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The `simple` style (paths and headers). */
function simple(value: unknown, explode: boolean, encode: (text: string) => string): string {
  if (Array.isArray(value)) return value.map((v) => encode(scalarText(v))).join(',');
  if (isPlainObject(value)) {
    return entries(value)
      .map(([k, v]) => (explode ? `${encode(k)}=${encode(scalarText(v))}` : `${encode(k)},${encode(scalarText(v))}`))
      .join(',');
  }
  return encode(scalarText(value));
}

function pathValue(name: string, value: unknown, style: string, explode: boolean): string {
  if (style === 'label') {
    const sep = explode ? '.' : ',';
    if (Array.isArray(value)) return '.' + value.map((v) => enc(scalarText(v))).join(sep);
    if (isPlainObject(value)) {
      return '.' + entries(value).map(([k, v]) => (explode ? `${enc(k)}=${enc(scalarText(v))}` : `${enc(k)},${enc(scalarText(v))}`)).join(sep);
    }
    return '.' + enc(scalarText(value));
  }
  if (style === 'matrix') {
    const n = enc(name);
    if (Array.isArray(value)) {
      return explode ? value.map((v) => `;${n}=${enc(scalarText(v))}`).join('') : `;${n}=` + value.map((v) => enc(scalarText(v))).join(',');
    }
    if (isPlainObject(value)) {
      return explode
        ? entries(value).map(([k, v]) => `;${enc(k)}=${enc(scalarText(v))}`).join('')
        : `;${n}=` + entries(value).map(([k, v]) => `${enc(k)},${enc(scalarText(v))}`).join(',');
    }
    return `;${n}=${enc(scalarText(value))}`;
  }
  return simple(value, explode, enc);
}

function queryPairs(param: ParamEncoding, value: unknown, style: string, explode: boolean): string[] {
  const encode = param.allowReserved ? encReserved : enc;
  const n = enc(param.name);
  if (param.json) return [`${n}=${enc(JSON.stringify(value))}`];
  if (value === null) return [`${n}=`];
  if (style === 'deepObject' && isPlainObject(value)) return deepObject(n, value, encode);
  if (Array.isArray(value)) {
    if (explode) return value.map((v) => `${n}=${encode(scalarText(v))}`);
    const sep = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
    return [`${n}=` + value.map((v) => encode(scalarText(v))).join(sep)];
  }
  if (isPlainObject(value)) {
    if (explode) return entries(value).map(([k, v]) => `${enc(k)}=${encode(scalarText(v))}`);
    return [`${n}=` + entries(value).map(([k, v]) => `${encode(k)},${encode(scalarText(v))}`).join(',')];
  }
  return [`${n}=${encode(scalarText(value))}`];
}

/** name[key][nested]=value, brackets as OpenAPI writes them, names and keys percent-encoded. */
function deepObject(prefix: string, value: Record<string, unknown>, encode: (text: string) => string): string[] {
  const pairs: string[] = [];
  for (const [k, v] of entries(value)) {
    const key = `${prefix}[${enc(k)}]`;
    if (isPlainObject(v)) pairs.push(...deepObject(key, v, encode));
    else if (Array.isArray(v)) pairs.push(...v.map((item) => `${key}=${encode(scalarText(item))}`));
    else pairs.push(`${key}=${encode(scalarText(v))}`);
  }
  return pairs;
}

export interface EncodedBody {
  body: BodyInit | undefined;
  /** undefined for multipart: fetch writes the boundary into the header itself. */
  contentType: string | undefined;
}

/** The request body value from the call arguments: the named fields, or the one body argument. */
export function bodyValue(encoding: BodyEncoding, values: Record<string, unknown>): unknown {
  if (encoding.fields) {
    const body = record<unknown>();
    let any = false;
    for (const field of encoding.fields) {
      const [key, wire] = typeof field === 'string' ? [field, field] : field;
      const value = own(values, key);
      if (value !== undefined) {
        body[wire] = value;
        any = true;
      }
    }
    return any || (encoding.kind === 'json' && !encoding.optional) ? body : undefined;
  }
  return encoding.key !== undefined ? own(values, encoding.key) : undefined;
}

export async function encodeBody(encoding: BodyEncoding, value: unknown): Promise<EncodedBody> {
  if (value === undefined) return { body: undefined, contentType: undefined };
  switch (encoding.kind) {
    case 'json':
      return { body: JSON.stringify(await jsonReady(value)), contentType: encoding.contentType };
    case 'form':
      return { body: formBody(value), contentType: encoding.contentType };
    case 'multipart':
      return { body: multipartBody(value), contentType: undefined };
    case 'text':
      return { body: typeof value === 'string' ? value : scalarText(value), contentType: encoding.contentType };
    case 'binary':
      return { body: binaryBody(value), contentType: encoding.contentType };
  }
}

/**
 * A value as JSON.stringify should see it: files and bytes (a `format: binary` string inside a
 * JSON body) become base64 text, since JSON has no bytes; objects are copied onto null-prototype
 * objects so every own key, `__proto__` included, is kept.
 */
async function jsonReady(value: unknown): Promise<unknown> {
  if (isUploadable(value)) return base64(new Uint8Array(await toBlob(value).arrayBuffer()));
  if (Array.isArray(value)) return Promise.all(value.map(jsonReady));
  if (isPlainObject(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const copy = record<unknown>();
    for (const key of Object.keys(value)) copy[key] = await jsonReady(value[key]);
    return copy;
  }
  return value;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function formBody(value: unknown): URLSearchParams {
  const form = new URLSearchParams();
  if (!isPlainObject(value)) return form;
  for (const [key, v] of entries(value)) {
    if (Array.isArray(v)) for (const item of v) form.append(key, scalarText(item));
    else form.append(key, scalarText(v));
  }
  return form;
}

function isUploadable(value: unknown): value is Uploadable {
  return (typeof Blob !== 'undefined' && value instanceof Blob) || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function toBlob(value: Uploadable): Blob {
  return value instanceof Blob ? value : new Blob([value as BlobPart]);
}

function multipartBody(value: unknown): FormData {
  const form = new FormData();
  if (!isPlainObject(value)) return form;
  const append = (key: string, item: unknown): void => {
    if (isUploadable(item)) {
      const blob = toBlob(item);
      const filename = (blob as Blob & { name?: unknown }).name;
      form.append(key, blob, typeof filename === 'string' && filename ? filename : key);
    } else {
      form.append(key, scalarText(item));
    }
  };
  for (const [key, v] of entries(value)) {
    if (Array.isArray(v)) for (const item of v) append(key, item);
    else append(key, v);
  }
  return form;
}

function binaryBody(value: unknown): BodyInit {
  if (isUploadable(value)) return value instanceof Blob ? value : toBlob(value);
  if (typeof value === 'string') return value;
  if (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) return value;
  return scalarText(value);
}
