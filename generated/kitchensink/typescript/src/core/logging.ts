/**
 * What a client logs, and the User-Agent it sends.
 *
 * `<PREFIX>_LOG=info` (or `debug`), or the `logLevel` option, turns logging on: one line per
 * attempt with the method, the URL, the status, the time taken and the retry number, and at debug
 * the request and response headers. Lines go to the `logger` option (default: the console). A
 * URL's userinfo and credential query parameters, the credential headers, and any value equal to
 * a credential the client holds are replaced by `<redacted>` before anything is written.
 */

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go; `console` is one. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const REDACTED = '<redacted>';
const PLACEHOLDER = 'utdk-redacted-7f3a';
const ALWAYS_SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key'];

function isLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && Object.prototype.hasOwnProperty.call(RANK, value);
}

export interface LogSettings {
  /** The value of `<PREFIX>_LOG`, if set. */
  envLevel: string | undefined;
  logLevel?: LogLevel | undefined;
  logger?: Logger | undefined;
  /** The credentials the client holds, read when a line is written. */
  secrets: () => readonly (string | undefined)[];
  queryNames: readonly string[];
  headerNames: readonly string[];
}

export class RequestLog {
  private readonly rank: number;
  private readonly logger: Logger;
  private readonly secrets: () => readonly (string | undefined)[];
  private readonly queryNames: Set<string>;
  private readonly headerNames: Set<string>;

  constructor(settings: LogSettings) {
    const fromEnv = settings.envLevel?.toLowerCase();
    const level: LogLevel = settings.logLevel ?? (isLevel(fromEnv) ? fromEnv : 'off');
    this.rank = RANK[level];
    this.logger = settings.logger ?? console;
    this.secrets = settings.secrets;
    this.queryNames = new Set(settings.queryNames.map((n) => n.toLowerCase()));
    this.headerNames = new Set([...ALWAYS_SECRET_HEADERS, ...settings.headerNames.map((n) => n.toLowerCase())]);
  }

  private scrub(text: string): string {
    const secrets = this.secrets().filter((s): s is string => typeof s === 'string' && s.length > 0);
    for (const secret of secrets.sort((a, b) => b.length - a.length)) text = text.split(secret).join(REDACTED);
    return text;
  }

  url(url: string): string {
    let shown = url;
    try {
      const parsed = new URL(url);
      if (parsed.username || parsed.password) {
        parsed.username = '';
        parsed.password = '';
      }
      const secretNames: string[] = [];
      parsed.searchParams.forEach((_, name) => {
        if (this.queryNames.has(name.toLowerCase())) secretNames.push(name);
      });
      for (const name of secretNames) parsed.searchParams.set(name, PLACEHOLDER);
      shown = parsed.toString().split(PLACEHOLDER).join(REDACTED);
      if (url.includes('@') && !shown.includes('@')) shown = shown.replace('://', `://${REDACTED}@`);
    } catch {
      // not an absolute URL: shown as is, secrets scrubbed below
    }
    return this.scrub(shown);
  }

  headers(headers: Headers | undefined): Record<string, string> {
    const shown: Record<string, string> = Object.create(null) as Record<string, string>;
    headers?.forEach((value, name) => {
      shown[name] = this.headerNames.has(name.toLowerCase()) ? REDACTED : this.scrub(value);
    });
    return shown;
  }

  attempt(
    method: string,
    url: string,
    result: number | string,
    ms: number,
    retriesDone: number,
    requestHeaders: Headers,
    responseHeaders: Headers | undefined,
  ): void {
    if (this.rank < RANK.info) return;
    const retry = retriesDone ? ` (retry ${retriesDone})` : '';
    this.logger.info(`${method} ${this.url(url)} -> ${result} in ${Math.round(ms)} ms${retry}`);
    if (this.rank >= RANK.debug) {
      this.logger.debug(`request headers: ${JSON.stringify(this.headers(requestHeaders))}`);
      if (responseHeaders) this.logger.debug(`response headers: ${JSON.stringify(this.headers(responseHeaders))}`);
    }
  }

  retrying(method: string, url: string, ms: number): void {
    if (this.rank >= RANK.info) this.logger.info(`retrying ${method} ${this.url(url)} in ${Math.round(ms)} ms`);
  }
}

/**
 * `User-Agent: @utdk/plaid/1.2.3 Node/v20.11.0` (or Deno, Bun). Browsers refuse to let a page set
 * User-Agent and a custom header would cost a CORS preflight, so there the header is left out.
 */
export function userAgent(sdk: { readonly package: string; readonly version: string }): string | undefined {
  const g = globalThis as {
    window?: unknown;
    document?: unknown;
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { version?: string; versions?: { node?: string } };
  };
  if (typeof g.window !== 'undefined' && typeof g.document !== 'undefined') return undefined;
  let runtime = 'unknown';
  if (g.Deno?.version?.deno) runtime = `Deno/${g.Deno.version.deno}`;
  else if (g.Bun?.version) runtime = `Bun/${g.Bun.version}`;
  else if (g.process?.versions?.node) runtime = `Node/${g.process.version ?? g.process.versions.node}`;
  return `${sdk.package}/${sdk.version} ${runtime}`;
}
