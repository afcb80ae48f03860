/** Reading answers: bodies by kind, declared headers, request ids, and attaching the request id to results. */

export type ResponseKind = 'json' | 'text' | 'binary' | 'stream' | 'empty';

/** How a declared response header's value is decoded: by its schema's type. */
export type HeaderKind = 'string' | 'integer' | 'number' | 'boolean' | 'array';

/** The declared headers of an operation whose spec declares none. */
export interface NoDeclaredHeaders {}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

/**
 * The id the server gave a request: the usual headers first, else a top-level `request_id` of the
 * JSON body (Plaid answers with one there). The one place this rule lives.
 */
export function requestIdOf(headers: Headers, body?: unknown): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  if (body !== null && typeof body === 'object' && typeof (body as { request_id?: unknown }).request_id === 'string') {
    return (body as { request_id: string }).request_id;
  }
  return null;
}

/** The request id a parsed result carries, else the one its answer gives. */
export function resultRequestId(result: unknown, headers: Headers): string | null {
  const carried = result !== null && typeof result === 'object' ? (result as { _request_id?: unknown })._request_id : undefined;
  return typeof carried === 'string' ? carried : requestIdOf(headers, result);
}

/** A result carries the request id of the answer it came from (not enumerable, so not serialised). */
export type WithRequestID<T> = T extends object ? T & { readonly _request_id?: string | null } : T;

export function withRequestId<T>(value: T, requestId: string | null): T {
  if (value !== null && typeof value === 'object' && Object.isExtensible(value)) {
    Object.defineProperty(value, '_request_id', { value: requestId, enumerable: false, configurable: true });
  }
  return value;
}

export async function parseBody(response: Response, kind: ResponseKind): Promise<unknown> {
  switch (kind) {
    case 'empty':
      await response.body?.cancel().catch(() => undefined);
      return undefined;
    case 'binary':
      return response.blob();
    case 'stream':
      return response.body;
    case 'text':
      return response.text();
    case 'json': {
      const text = await response.text();
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    }
  }
}

/** Error bodies: JSON when they parse, else the text. */
export async function parseErrorBody(response: Response): Promise<unknown> {
  try {
    return await parseBody(response, 'json');
  } catch {
    return undefined;
  }
}

function headerValue(kind: HeaderKind, text: string): unknown {
  switch (kind) {
    case 'integer':
    case 'number': {
      const number = Number(text);
      return text.trim() !== '' && Number.isFinite(number) ? number : text;
    }
    case 'boolean':
      return text.trim().toLowerCase() === 'true';
    case 'array':
      return text.split(',').map((item) => item.trim());
    case 'string':
      return text;
  }
}

/** The declared headers present in `headers`, named as the spec spells them, each decoded by its schema's type. */
export function decodeHeaders(declared: readonly (readonly [string, HeaderKind])[], headers: Headers): Record<string, unknown> {
  const decoded: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, kind] of declared) {
    const value = headers.get(name);
    if (value !== null) decoded[name] = headerValue(kind, value);
  }
  return decoded;
}
