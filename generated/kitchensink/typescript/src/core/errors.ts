/**
 * The errors a client throws. Everything extends SDKError; failures of an HTTP exchange extend
 * APIError, and an answer with an error status becomes the subclass of its status family.
 * Messages never carry credentials: they are built from the status and the response body only.
 */

export class SDKError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = new.target.name;
    if (options?.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, configurable: true, writable: true });
    }
  }
}

/** A required credential was neither passed as an option nor found in the environment. */
export class MissingCredentialsError extends SDKError {}

/** The client was configured with something it cannot use (an unknown environment, a relative URL...). */
export class ConfigurationError extends SDKError {}

export interface APIErrorInit<TBody> {
  status?: number | undefined;
  headers?: Headers | undefined;
  body?: TBody | undefined;
  requestId?: string | null | undefined;
  cause?: unknown;
}

/**
 * An HTTP exchange that failed. `body` is the parsed error response; its type parameter is the
 * error schema the operation declares (see the `@throws` line of each method).
 */
export class APIError<TBody = unknown> extends SDKError {
  readonly status: number | undefined;
  readonly headers: Headers | undefined;
  readonly body: TBody | undefined;
  /** The request-id header of the response, when the server sent one. */
  readonly requestId: string | null;

  constructor(message: string, init: APIErrorInit<TBody> = {}) {
    super(message, { cause: init.cause });
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.requestId = init.requestId ?? null;
  }
}

/** The server could not be reached, or the connection broke before an answer arrived. */
export class APIConnectionError extends APIError<undefined> {
  constructor(message = 'Connection error.', cause?: unknown) {
    super(message, { cause });
  }
}

/** No answer arrived within the timeout (per client or per call). */
export class APITimeoutError extends APIConnectionError {
  constructor(message = 'Request timed out.') {
    super(message);
  }
}

/** The caller aborted the request through its AbortSignal. */
export class APIUserAbortError extends APIError<undefined> {
  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** Any 4xx answer. */
export class ClientError<TBody = unknown> extends APIError<TBody> {}
export class BadRequestError<TBody = unknown> extends ClientError<TBody> {}
export class AuthenticationError<TBody = unknown> extends ClientError<TBody> {}
export class PermissionDeniedError<TBody = unknown> extends ClientError<TBody> {}
export class NotFoundError<TBody = unknown> extends ClientError<TBody> {}
export class ConflictError<TBody = unknown> extends ClientError<TBody> {}
export class UnprocessableEntityError<TBody = unknown> extends ClientError<TBody> {}
export class RateLimitError<TBody = unknown> extends ClientError<TBody> {}

/** Any 5xx answer. */
export class ServerError<TBody = unknown> extends APIError<TBody> {}
export class InternalServerError<TBody = unknown> extends ServerError<TBody> {}

/** Any other status the client does not treat as success (1xx, 3xx). */
export class UnexpectedStatusError<TBody = unknown> extends APIError<TBody> {}

const BY_STATUS: Record<number, new (message: string, init: APIErrorInit<unknown>) => APIError<unknown>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  500: InternalServerError,
};

export function errorForStatus(status: number, headers: Headers, body: unknown, requestId: string | null): APIError<unknown> {
  const message = `${status} ${describeBody(body)}`;
  const init = { status, headers, body, requestId };
  const exact = BY_STATUS[status];
  if (exact) return new exact(message, init);
  if (status >= 400 && status < 500) return new ClientError(message, init);
  if (status >= 500) return new ServerError(message, init);
  return new UnexpectedStatusError(message, init);
}

const MESSAGE_KEYS = ['message', 'error_message', 'detail', 'error_description', 'title'];

/** A short human message from an error body: the usual message fields, else the body itself. */
function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return 'status code (no body)';
  if (typeof body === 'string') return truncate(body);
  if (typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const nested = record['error'];
    if (typeof nested === 'string') return truncate(nested);
    for (const source of [nested, record]) {
      if (source && typeof source === 'object') {
        for (const key of MESSAGE_KEYS) {
          const value = (source as Record<string, unknown>)[key];
          if (typeof value === 'string' && value) return truncate(value);
        }
      }
    }
  }
  try {
    return truncate(JSON.stringify(body));
  } catch {
    return 'status code';
  }
}

function truncate(text: string): string {
  return text.length > 500 ? text.slice(0, 499) + '…' : text;
}
