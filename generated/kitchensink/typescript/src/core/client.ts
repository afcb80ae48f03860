/**
 * The client every generated method calls: options with environment fallbacks, request building,
 * authentication, timeouts, and retries with exponential backoff honouring Retry-After.
 */

import { Authenticator, type CredentialSource, type Fetch, type CredentialPlacement, type SecurityRequirement } from './auth.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError, ConfigurationError, SDKError, errorForStatus, type DeclaredErrorBodies, type ErrorClasses } from './errors.js';
import { APIPromise, type APIResponseProps, type ParseResponse } from './api-promise.js';
import { RequestLog, userAgent, type LogLevel, type Logger } from './logging.js';
import { parseErrorBody, requestIdOf, type HeaderKind, type NoDeclaredHeaders, type ResponseKind, type WithRequestID } from './response.js';
import { pageAnswer, PagePromise, type Page, type PageClass, type PageRequest, type Pagination } from './pagination.js';
import { isStreaming, streamResponse } from './streaming.js';
import { bodyValue, buildPath, encodeBody, serializeParams, type BodyEncoding, type ParamEncoding } from './serialize.js';

export interface ClientOptions {
  /** Send requests here instead of the environment's server (a gateway, a proxy, a mock). */
  baseURL?: string | null | undefined;
  /** One of the servers the API declares, by name. */
  environment?: string | undefined;
  /** Milliseconds to wait for each attempt (default 60000). */
  timeout?: number | undefined;
  /** Retries after a connection error, a timeout, 408, 409, 429 or 5xx (default 2). */
  maxRetries?: number | undefined;
  /** A fetch implementation (default: the global fetch). */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Log each attempt at this level (default: the `<PREFIX>_LOG` environment variable, else off). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: the console). */
  logger?: Logger | undefined;
}

export interface RequestOptions {
  /** Milliseconds to wait for each attempt of this call. */
  timeout?: number | undefined;
  /** Aborts the call (and its retries). */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call; null removes a header the client would send. */
  headers?: Record<string, string | null | undefined> | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Sent as the idempotency key on every attempt of this call (default: a fresh random key per call where the API asks for one). */
  idempotencyKey?: string | undefined;
}

/** A description of one operation's request; generated methods pass one to `_call`. */
export interface Endpoint {
  readonly method: string;
  readonly path: string;
  readonly params?: readonly ParamEncoding[];
  readonly body?: BodyEncoding;
  /** Absent: the API's default security. */
  readonly security?: SecurityRequirement;
  readonly response: ResponseKind;
  /** The body field that asks for an event stream (`response: 'sse'`: every call streams). */
  readonly streamFlag?: string;
  /** The success response's declared headers: name as the spec spells it, and its type. */
  readonly responseHeaders?: readonly (readonly [string, HeaderKind])[];
  /** A server the operation declares for itself (overrides the environment, not an explicit baseURL). */
  readonly server?: string;
  /** The statuses ("400", "4XX", "default") the operation declares a JSON error body for. */
  readonly errorBodies?: DeclaredErrorBodies;
  /** The header the API asks an idempotency key in; absent: none unless the caller gives one. */
  readonly idempotencyHeader?: string;
}

/** What a generated client tells the runtime about its API. */
export interface ApiDescription {
  readonly name: string;
  readonly envPrefix: string;
  readonly environments: Readonly<Record<string, string>>;
  readonly credentials: readonly CredentialSource[];
  readonly schemes: Readonly<Record<string, CredentialPlacement>>;
  readonly security: SecurityRequirement;
  /** The npm package and its version, for the User-Agent header. */
  readonly sdk?: { readonly package: string; readonly version: string };
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;

export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

export class BaseClient {
  protected readonly _baseURL: string;
  protected readonly _explicitBaseURL: boolean;
  protected readonly _timeout: number;
  protected readonly _maxRetries: number;
  protected readonly _fetch: Fetch;
  protected readonly _defaultHeaders: Record<string, string>;
  protected readonly _security: SecurityRequirement;
  private readonly _auth: Authenticator;
  private readonly _errors: ErrorClasses;
  private readonly _log: RequestLog;
  private readonly _userAgent: string | undefined;

  constructor(api: ApiDescription, options: ClientOptions & Record<string, unknown>, errors: ErrorClasses) {
    const credentials: Record<string, string | undefined> = {};
    for (const credential of api.credentials) {
      const given = options[credential.option];
      credentials[credential.option] = typeof given === 'string' && given ? given : readEnv(credential.envVar);
    }
    this._auth = new Authenticator(api.schemes, api.credentials, credentials);
    this._security = api.security;
    const environments = Object.keys(api.environments);
    if (options.environment !== undefined && !(options.environment in api.environments)) {
      throw new ConfigurationError(`Unknown environment ${JSON.stringify(options.environment)}; choose one of: ${environments.join(', ')}.`);
    }
    const explicit = options.baseURL ?? readEnv(`${api.envPrefix}_BASE_URL`);
    const environment = options.environment ?? environments[0];
    this._explicitBaseURL = Boolean(explicit);
    this._baseURL = explicit || (environment !== undefined ? api.environments[environment] ?? '' : '');
    this._timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this._maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (!fetchImpl) throw new ConfigurationError('No fetch implementation: pass the `fetch` option (Node 18+ and browsers have one).');
    this._fetch = options.fetch ? fetchImpl : (input, init) => fetchImpl(input, init);
    this._defaultHeaders = { ...(options.defaultHeaders ?? {}) };
    this._errors = errors;
    this._userAgent = api.sdk ? userAgent(api.sdk) : undefined;
    const placements = Object.values(api.schemes);
    this._log = new RequestLog({
      envLevel: readEnv(`${api.envPrefix}_LOG`),
      logLevel: options.logLevel,
      logger: options.logger,
      secrets: () => Object.values(credentials),
      queryNames: placements.filter((p) => p.in === 'query').map((p) => p.name),
      headerNames: placements.filter((p) => p.in === 'header').map((p) => p.name),
    });
  }

  /** One call: the request goes out now; the result is parsed when the promise is awaited. */
  protected _call<T, H = NoDeclaredHeaders>(endpoint: Endpoint, args: object | undefined, options: RequestOptions = {}): APIPromise<T, H> {
    const events = isStreaming(endpoint.response, endpoint.streamFlag, (args ?? {}) as Record<string, unknown>);
    return new APIPromise<T, H>(this._request(endpoint, args, options), events ? (streamResponse as ParseResponse<WithRequestID<T>>) : undefined);
  }

  /** A paginated method: its first page goes out now; each later page when asked for. */
  protected _list<P extends Page<unknown, unknown>>(
    Class: PageClass<P>,
    endpoint: Endpoint,
    pagination: Pagination,
    args: object | undefined,
    options: RequestOptions = {},
  ): PagePromise<P> {
    const fetch = (request: PageRequest) => this._request(endpoint, request.args, request.options as RequestOptions, request.query).then(pageAnswer);
    const first: PageRequest = { args: { ...(args ?? {}) }, options };
    const page = async (props: APIResponseProps) => new Class(pagination, fetch, first, await pageAnswer(props)) as WithRequestID<P>;
    return new PagePromise<P>(this._request(endpoint, first.args, options), page);
  }

  /** Builds, sends and retries one call; resolves with the successful answer, its body unread.
   * `replaceQuery` stands for the declared query parameters (a next page's link). */
  protected async _request(
    endpoint: Endpoint,
    args: object | undefined,
    options: RequestOptions = {},
    replaceQuery?: readonly string[],
  ): Promise<APIResponseProps> {
    const values = (args ?? {}) as Record<string, unknown>;
    const baseURL = this._resolveBaseURL(endpoint);
    const timeout = options.timeout ?? this._timeout;
    const params = serializeParams(endpoint.params ?? [], values);
    const auth = await this._auth.apply(endpoint.security ?? this._security, { baseURL, fetch: this._fetch, timeout, errors: this._errors });
    const query = [...(replaceQuery ?? params.query), ...auth.query];
    const url = baseURL.replace(/\/+$/, '') + buildPath(endpoint.path, params.path) + (query.length ? `?${query.join('&')}` : '');
    const encoded = endpoint.body ? await encodeBody(endpoint.body, bodyValue(endpoint.body, values)) : { body: undefined, contentType: undefined };
    const method = endpoint.method.toUpperCase();

    const kind: ResponseKind = isStreaming(endpoint.response, endpoint.streamFlag, values) ? 'sse' : endpoint.response;
    const headers = new Headers();
    if (kind === 'json') headers.set('Accept', 'application/json');
    if (kind === 'sse') headers.set('Accept', 'text/event-stream');
    if (this._userAgent) headers.set('User-Agent', this._userAgent);
    for (const [name, value] of Object.entries(this._defaultHeaders)) headers.set(name, value);
    if (encoded.contentType) headers.set('Content-Type', encoded.contentType);
    for (const [name, value] of [...params.headers, ...auth.headers]) headers.set(name, value);
    const cookies = [...params.cookies, ...auth.cookies];
    if (cookies.length) headers.set('Cookie', cookies.join('; '));
    const keyHeader = endpoint.idempotencyHeader ?? 'Idempotency-Key';
    if (options.idempotencyKey !== undefined) headers.set(keyHeader, options.idempotencyKey);
    else if (endpoint.idempotencyHeader && !headers.has(keyHeader)) headers.set(keyHeader, randomKey());
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === null) headers.delete(name);
      else if (value !== undefined) headers.set(name, value);
    }

    const maxRetries = options.maxRetries ?? this._maxRetries;
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = maxRetries - attempt;
      const started = Date.now();
      const outcome = await this._send(url, { method, headers, body: encoded.body }, endpoint, timeout, options.signal);
      const result = outcome.kind === 'ok' ? outcome.response.status : (outcome.status ?? outcome.error.name);
      const answered = outcome.kind === 'ok' ? outcome.response.headers : outcome.headers;
      this._log.attempt(method, url, result, Date.now() - started, attempt, headers, answered);
      if (outcome.kind === 'ok') {
        return { response: outcome.response, kind, declaredHeaders: endpoint.responseHeaders ?? [], controller: outcome.controller };
      }
      if (outcome.kind === 'failed') {
        if (retriesLeft > 0 && outcome.retryable) {
          const delay = retryDelay(attempt, outcome.headers);
          this._log.retrying(method, url, delay);
          await sleep(delay, options.signal);
          continue;
        }
        throw outcome.error;
      }
    }
  }

  private _resolveBaseURL(endpoint: Endpoint): string {
    const base = !this._explicitBaseURL && endpoint.server ? endpoint.server : this._baseURL;
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(base) && typeof (globalThis as { location?: unknown }).location === 'undefined') {
      throw new ConfigurationError(
        `The server URL ${JSON.stringify(base)} is not absolute: pass the \`baseURL\` option or set an environment variable ending in _BASE_URL.`,
      );
    }
    return base;
  }

  /** The one place a request goes out (one attempt); the timeout covers the wait for the headers. */
  protected async _send(
    url: string,
    init: { method: string; headers: Headers; body: BodyInit | undefined },
    endpoint: Endpoint,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<SendOutcome> {
    if (signal?.aborted) return { kind: 'failed', error: new APIUserAbortError(), retryable: false };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    let succeeded = false;
    try {
      let response: Response;
      try {
        const requestInit: RequestInit & { duplex?: string } = { ...init, signal: controller.signal };
        if (typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream) requestInit.duplex = 'half';
        response = await this._fetch(url, requestInit);
      } catch (error) {
        return this._transportFailure(error, timedOut, signal);
      }
      if (!response.ok) {
        const body = await parseErrorBody(response).catch(() => undefined);
        return {
          kind: 'failed',
          error: errorForStatus(response.status, response.headers, body, requestIdOf(response.headers, body), this._errors, endpoint.errorBodies),
          retryable: shouldRetry(response.status, response.headers),
          headers: response.headers,
          status: response.status,
        };
      }
      succeeded = true;
      return { kind: 'ok', response, controller };
    } finally {
      clearTimeout(timer);
      // The caller's signal still aborts a successful answer's body while it is read.
      if (!succeeded) signal?.removeEventListener('abort', onAbort);
    }
  }

  private _transportFailure(error: unknown, timedOut: boolean, signal: AbortSignal | undefined): SendOutcome {
    if (signal?.aborted) return { kind: 'failed', error: new APIUserAbortError(), retryable: false };
    if (timedOut) return { kind: 'failed', error: new APITimeoutError(), retryable: true };
    if (error instanceof SDKError) return { kind: 'failed', error, retryable: false };
    // The cause stays attached for debugging; the message names no URL (it may carry a credential).
    return { kind: 'failed', error: new APIConnectionError('Connection error.', error), retryable: true };
  }
}

export type SendOutcome =
  | { kind: 'ok'; response: Response; controller: AbortController }
  | { kind: 'failed'; error: Error; retryable: boolean; headers?: Headers; status?: number };

function shouldRetry(status: number, headers: Headers): boolean {
  // The server's own word (`x-should-retry: true|false`) overrides the status rule.
  const told = headers.get('x-should-retry')?.trim().toLowerCase();
  if (told === 'true' || told === 'false') return told === 'true';
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms when the server sent a sane one, else backoff with jitter. */
export function retryDelay(retriesDone: number, headers: Headers | undefined): number {
  const hinted = retryAfterMs(headers);
  if (hinted !== undefined && hinted >= 0 && hinted <= MAX_RETRY_AFTER_MS) return hinted;
  const backoff = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retriesDone, MAX_RETRY_DELAY_MS);
  return backoff * (1 - Math.random() * 0.25);
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(date - Date.now(), 0);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function randomKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return 'key-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}
