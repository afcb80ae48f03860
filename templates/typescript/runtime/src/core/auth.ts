/**
 * Credentials and where each security scheme puts them. OAuth2 client-credentials tokens are
 * fetched from the token endpoint once and reused until shortly before they expire.
 */

import { APIConnectionError, APIError, APITimeoutError, MissingCredentialsError, errorForStatus } from './errors.js';
import { parseBody, requestIdOf } from './response.js';

/** One value a user supplies: its client option and the environment variable it falls back to. */
export interface CredentialSpec {
  readonly option: string;
  readonly envVar: string;
}

export type SchemeSpec =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string; readonly credentials: readonly [string] }
  | { readonly type: 'bearer'; readonly prefix: string; readonly credentials: readonly [string] }
  | { readonly type: 'basic'; readonly credentials: readonly [string, string] }
  | { readonly type: 'oauth2ClientCredentials'; readonly tokenUrl: string; readonly credentials: readonly [string, string] }
  | { readonly type: 'none'; readonly credentials: readonly [] };

/** Alternatives (any one will do) of scheme sets (all of them together), with OAuth2 scopes. */
export type SecuritySpec = readonly Readonly<Record<string, readonly string[]>>[];

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
    private readonly schemes: Readonly<Record<string, SchemeSpec>>,
    private readonly credentialSpecs: readonly CredentialSpec[],
    private readonly values: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Apply the first requirement whose credentials are all configured; fail naming what is missing. */
  async apply(security: SecuritySpec, context: { baseURL: string; fetch: Fetch; timeout: number }): Promise<AppliedAuth> {
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

  private describeMissing(security: SecuritySpec): string {
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
    context: { baseURL: string; fetch: Fetch; timeout: number },
  ): Promise<void> {
    const scheme = this.schemes[key];
    if (!scheme) return;
    const value = (option: string): string => this.values[option] ?? '';
    switch (scheme.type) {
      case 'apiKey': {
        const secret = value(scheme.credentials[0]);
        if (scheme.in === 'header') applied.headers.push([scheme.name, secret]);
        else if (scheme.in === 'query') applied.query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(secret)}`);
        else applied.cookies.push(`${scheme.name}=${encodeURIComponent(secret)}`);
        return;
      }
      case 'bearer':
        applied.headers.push(['Authorization', `${scheme.prefix} ${value(scheme.credentials[0])}`]);
        return;
      case 'basic':
        applied.headers.push(['Authorization', basicAuth(value(scheme.credentials[0]), value(scheme.credentials[1]))]);
        return;
      case 'oauth2ClientCredentials': {
        const token = await this.clientCredentialsToken(key, scheme, scopes, context);
        applied.headers.push(['Authorization', `Bearer ${token}`]);
        return;
      }
      case 'none':
        return;
    }
  }

  private async clientCredentialsToken(
    key: string,
    scheme: Extract<SchemeSpec, { type: 'oauth2ClientCredentials' }>,
    scopes: readonly string[],
    context: { baseURL: string; fetch: Fetch; timeout: number },
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
    scheme: Extract<SchemeSpec, { type: 'oauth2ClientCredentials' }>,
    scopes: readonly string[],
    context: { baseURL: string; fetch: Fetch; timeout: number },
  ): Promise<CachedToken> {
    const url = new URL(scheme.tokenUrl, context.baseURL.endsWith('/') ? context.baseURL : context.baseURL + '/').toString();
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length) form.set('scope', scopes.join(' '));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), context.timeout);
    let response: Response;
    try {
      response = await context.fetch(url, {
        method: 'POST',
        headers: {
          Authorization: basicAuth(this.values[scheme.credentials[0]] ?? '', this.values[scheme.credentials[1]] ?? ''),
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
    if (!response.ok) throw errorForStatus(response.status, response.headers, body, requestIdOf(response.headers));
    const token = body && typeof body === 'object' ? (body as Record<string, unknown>)['access_token'] : undefined;
    if (typeof token !== 'string' || !token) {
      throw new APIError('The token endpoint answered without an access_token.', { status: response.status, headers: response.headers });
    }
    const expiresIn = Number((body as Record<string, unknown>)['expires_in']);
    const lifetime = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS : TOKEN_DEFAULT_LIFETIME_MS;
    return { token, expiresAt: Date.now() + Math.max(lifetime, 0) };
  }
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
