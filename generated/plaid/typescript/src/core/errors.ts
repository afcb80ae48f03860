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

/**
 * The server answered with a status outside 2xx. Each package's `errors.ts` subclasses it per
 * status (the same classes as the Python SDK) with `body` typed as the error schema the API
 * declares; `body` is undefined when the operation declares no body for the status received.
 */
export class APIStatusError<TBody = unknown> extends APIError<TBody> {
  declare readonly status: number;
  declare readonly headers: Headers;
}

// `any`: each class takes the init of its own body type; the runtime only ever passes what the
// operation declares for the status (see errorForStatus).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StatusErrorClass = new (message: string, init: APIErrorInit<any>) => APIStatusError<unknown>;

/** A package's status table: exact statuses, then the 4xx and 5xx families, then the rest. */
export interface ErrorClasses {
  readonly byStatus: Readonly<Record<number, StatusErrorClass>>;
  readonly client: StatusErrorClass;
  readonly server: StatusErrorClass;
  readonly other: StatusErrorClass;
  /** The API declares error bodies: an undeclared one is undefined rather than untyped. */
  readonly typed: boolean;
}

/** The statuses ("400", "4XX", "default") an operation declares a JSON error body for. */
export type DeclaredErrorBodies = readonly string[];

function declares(status: number, declared: DeclaredErrorBodies): boolean {
  const text = String(status);
  return declared.includes(text) || declared.includes(`${text[0]}XX`) || declared.includes('default');
}

export function errorForStatus(
  status: number,
  headers: Headers,
  body: unknown,
  requestId: string | null,
  classes: ErrorClasses,
  declared: DeclaredErrorBodies = [],
): APIStatusError<unknown> {
  const message = `${status} ${describeBody(body)}`;
  const typedBody = !classes.typed ? body : declares(status, declared) && typeof body === 'object' && body !== null ? body : undefined;
  const init = { status, headers, body: typedBody, requestId };
  const exact = classes.byStatus[status];
  if (exact) return new exact(message, init);
  if (status >= 400 && status < 500) return new classes.client(message, init);
  if (status >= 500) return new classes.server(message, init);
  return new classes.other(message, init);
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
