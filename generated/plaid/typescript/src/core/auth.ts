/**
 * Credentials, placed where the generator's model says (one CredentialPlacement per security scheme).
 * OAuth2 client-credentials tokens are fetched from the token endpoint once and reused until
 * shortly before they expire.
 */

import { APIConnectionError, APIError, APITimeoutError, MissingCredentialsError, errorForStatus, type ErrorClasses } from './errors.js';
import { parseBody, requestIdOf } from './response.js';

/** One value a user supplies: its client option and the environment variable it falls back to. */
export interface CredentialSource {
  readonly option: string;
  readonly envVar: string;
}

/**
 * Where a scheme's value goes: `prefix` + the first credential, or + base64 of the two joined by
 * `:` (encoding 'basic'), or + the access token the two are exchanged for at `tokenUrl`.
 */
export interface CredentialPlacement {
  readonly in: 'header' | 'query' | 'cookie';
  readonly name: string;
  readonly prefix?: string;
  readonly encoding?: 'basic';
  readonly tokenUrl?: string;
  readonly credentials: readonly string[];
}

/** Alternatives (any one will do) of scheme sets (all of them together), with OAuth2 scopes. */
export type SecurityRequirement = readonly Readonly<Record<string, readonly string[]>>[];

/** What applying credentials needs from the client (the token endpoint is called with it). */
export interface AuthContext {
  baseURL: string;
  fetch: Fetch;
  timeout: number;
  errors: ErrorClasses;
}

export interface AppliedAuth {
  headers: [string, string][];
  query: string[];
  cookies: string[];
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

interface CachedToken {
  token: string;
  expiresAt: number;
}

const TOKEN_EXPIRY_MARGIN_MS = 30_000;
const TOKEN_DEFAULT_LIFETIME_MS = 3_600_000;

export class Authenticator {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly schemes: Readonly<Record<string, CredentialPlacement>>,
    private readonly credentialSpecs: readonly CredentialSource[],
    private readonly values: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Apply the first requirement whose credentials are all configured; fail naming what is missing. */
  async apply(security: SecurityRequirement, context: AuthContext): Promise<AppliedAuth> {
    const applied: AppliedAuth = { headers: [], query: [], cookies: [] };
    if (security.length === 0) return applied;
    for (const requirement of security) {
      const keys = Object.keys(requirement);
      if (!keys.every((key) => this.missing(key).length === 0)) continue;
      for (const key of keys) await this.applyScheme(key, requirement[key] ?? [], applied, context);
      return applied;
    }
    throw new MissingCredentialsError(this.describeMissing(security));
  }

  private missing(schemeKey: string): string[] {
    const scheme = this.schemes[schemeKey];
    if (!scheme) return [];
    return scheme.credentials.filter((option) => !this.values[option]);
  }

  private describeMissing(security: SecurityRequirement): string {
    const first = security[0] ?? {};
    const wanted = Object.keys(first).flatMap((key) => this.missing(key));
    const parts = wanted.map((option) => {
      const envVar = this.credentialSpecs.find((c) => c.option === option)?.envVar;
      return envVar ? `the \`${option}\` client option or the ${envVar} environment variable` : `the \`${option}\` client option`;
    });
    const more = security.length > 1 ? ' (or the credentials of another security scheme this operation accepts)' : '';
    return `Missing credentials: set ${parts.join(', and ')}${more}.`;
  }

  private async applyScheme(
    key: string,
    scopes: readonly string[],
    applied: AppliedAuth,
    context: AuthContext,
  ): Promise<void> {
    const scheme = this.schemes[key];
    if (!scheme) return;
    const values = scheme.credentials.map((option) => this.values[option] ?? '');
    let secret: string;
    if (scheme.tokenUrl !== undefined) secret = await this.clientCredentialsToken(key, scheme, scopes, context);
    else if (scheme.encoding === 'basic') secret = base64Pair(values[0] ?? '', values[1] ?? '');
    else secret = values[0] ?? '';
    const text = (scheme.prefix ?? '') + secret;
    if (scheme.in === 'header') applied.headers.push([scheme.name, text]);
    else if (scheme.in === 'query') applied.query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(text)}`);
    else applied.cookies.push(`${scheme.name}=${encodeURIComponent(text)}`);
  }

  private async clientCredentialsToken(
    key: string,
    scheme: CredentialPlacement,
    scopes: readonly string[],
    context: AuthContext,
  ): Promise<string> {
    const cacheKey = `${key} ${[...scopes].sort().join(' ')}`;
    const cached = this.tokens.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    let pending = this.pending.get(cacheKey);
    if (!pending) {
      pending = this.fetchToken(scheme, scopes, context).finally(() => this.pending.delete(cacheKey));
      this.pending.set(cacheKey, pending);
    }
    const fresh = await pending;
    this.tokens.set(cacheKey, fresh);
    return fresh.token;
  }

  private async fetchToken(
    scheme: CredentialPlacement,
    scopes: readonly string[],
    context: AuthContext,
  ): Promise<CachedToken> {
    const url = new URL(scheme.tokenUrl ?? '', context.baseURL.endsWith('/') ? context.baseURL : context.baseURL + '/').toString();
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length) form.set('scope', scopes.join(' '));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), context.timeout);
    let response: Response;
    try {
      response = await context.fetch(url, {
        method: 'POST',
        headers: {
          // client_secret_basic: the method every authorization server must support (RFC 6749 2.3.1)
          Authorization: 'Basic ' + base64Pair(this.values[scheme.credentials[0] ?? ''] ?? '', this.values[scheme.credentials[1] ?? ''] ?? ''),
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: form,
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new APITimeoutError('The token request timed out.');
      throw new APIConnectionError('Could not reach the token endpoint.', error);
    } finally {
      clearTimeout(timer);
    }
    const body = await parseBody(response, 'json').catch(() => undefined);
    if (!response.ok) throw errorForStatus(response.status, response.headers, body, requestIdOf(response.headers), context.errors);
    const token = body && typeof body === 'object' ? (body as Record<string, unknown>)['access_token'] : undefined;
    if (typeof token !== 'string' || !token) {
      throw new APIError('The token endpoint answered without an access_token.', { status: response.status, headers: response.headers });
    }
    const expiresIn = Number((body as Record<string, unknown>)['expires_in']);
    const lifetime = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS : TOKEN_DEFAULT_LIFETIME_MS;
    return { token, expiresAt: Date.now() + Math.max(lifetime, 0) };
  }
}

function base64Pair(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
