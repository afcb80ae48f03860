/** Reading answers: bodies by kind, request ids, and attaching the request id to results. */

export type ResponseKind = 'json' | 'text' | 'binary' | 'stream' | 'sse' | 'empty';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-correlation-id'];

export function requestIdOf(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
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
    case 'sse':
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
