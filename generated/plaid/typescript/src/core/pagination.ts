/**
 * Pages of a list: a paginated method returns a PagePromise; awaited, it is the first page, and
 * `for await (const item of client.method(...))` walks the items of every page, asking for each
 * next page only when the iteration reaches it. How the next request differs from the last one
 * is one rule (`nextRequest`), the same as the Python SDK's.
 */

import { APIPromise, defaultParseResponse, type APIResponseProps } from './api-promise.js';
import { SDKError } from './errors.js';

/** How an operation pages (the generator's model, as data). */
export interface Pagination {
  readonly kind: 'cursor' | 'cursor_header' | 'offset' | 'page' | 'link';
  /** Body path of the items; absent: the body is the list. */
  readonly items?: readonly string[];
  /** Where the next value goes: the argument's key, and whether it is sent in the query or the body. */
  readonly request?: { readonly in: 'query' | 'body'; readonly key: string };
  /** cursor: body path of the next cursor. */
  readonly next?: readonly string[];
  /** cursor_header: the header holding the next cursor; link: Link. */
  readonly nextHeader?: string;
  /** Body path of a boolean that is false on the last page. */
  readonly hasMore?: readonly string[];
  /** cursor: the last item's field used when `next` is empty (OpenAI's `after`). */
  readonly lastItem?: string;
  /** offset: items in all; page: pages in all. */
  readonly total?: readonly string[];
  readonly firstPage?: number;
}

/** What one page is asked with: the method's arguments, its call options, and, after a Link
 * header, the query that replaces the declared query parameters. */
export interface PageRequest {
  readonly args: Record<string, unknown>;
  /** The call options (the client's RequestOptions). */
  readonly options: object;
  readonly query?: readonly string[];
}

export interface PageAnswer {
  readonly body: unknown;
  readonly headers: Headers;
}

export type PageFetcher = (request: PageRequest) => Promise<PageAnswer>;

export type PageClass<P> = new (pagination: Pagination, fetch: PageFetcher, request: PageRequest, answer: PageAnswer) => P;

function at(value: unknown, path: readonly string[] | undefined): unknown {
  let current = value;
  for (const name of path ?? []) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.prototype.hasOwnProperty.call(current, name) ? (current as Record<string, unknown>)[name] : undefined;
  }
  return current;
}

/** The `rel="next"` URL of a Link header (RFC 8288), or null. */
export function nextLink(header: string | null): string | null {
  for (const match of (header ?? '').matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
    const rel = /(?:^|;)\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2] ?? '');
    if (rel && (rel[1] ?? '').toLowerCase().split(/\s+/).includes('next')) return (match[1] ?? '').trim();
  }
  return null;
}

/** Options for a following page: an idempotency key given for the first request is not reused. */
function followUp(request: PageRequest, changes: Partial<PageRequest>): PageRequest {
  const { idempotencyKey: _unused, ...options } = request.options as { idempotencyKey?: string };
  return { ...request, ...changes, options };
}

function withValue(pagination: Pagination, request: PageRequest, value: unknown): PageRequest {
  const key = pagination.request?.key ?? '';
  const args: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, request.args);
  args[key] = value;
  return followUp(request, { args });
}

/** The query of the next link, sent to the same operation: only the query is taken, so a link
 * can never send the credentials to another host. */
function linkRequest(request: PageRequest, url: string): PageRequest {
  const search = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] ?? '' : '';
  const query = [...new URLSearchParams(search)].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return followUp(request, { query });
}

/** The request for the page after this one, or null when this one is the last. */
export function nextRequest(pagination: Pagination, request: PageRequest, answer: PageAnswer, items: readonly unknown[]): PageRequest | null {
  if (!items.length) return null;
  const hasMore = pagination.hasMore ? at(answer.body, pagination.hasMore) : undefined;
  if (hasMore === false) return null;
  if (pagination.kind === 'link') {
    const url = nextLink(answer.headers.get(pagination.nextHeader ?? 'link'));
    return url ? linkRequest(request, url) : null;
  }
  const sent = pagination.request ? request.args[pagination.request.key] : undefined;
  if (pagination.kind === 'cursor' || pagination.kind === 'cursor_header') {
    let cursor: unknown =
      pagination.kind === 'cursor_header' ? answer.headers.get(pagination.nextHeader ?? '') : pagination.next ? at(answer.body, pagination.next) : undefined;
    if ((cursor === undefined || cursor === null || cursor === '') && pagination.lastItem) {
      const last = items[items.length - 1];
      cursor = at(last, [pagination.lastItem]);
    }
    if (cursor === undefined || cursor === null || cursor === '' || (cursor === sent && hasMore === undefined)) return null;
    return withValue(pagination, request, cursor);
  }
  const total = pagination.total ? at(answer.body, pagination.total) : undefined;
  if (pagination.kind === 'offset') {
    const following = (typeof sent === 'number' ? sent : 0) + items.length;
    return typeof total === 'number' && following >= total ? null : withValue(pagination, request, following);
  }
  const firstPage = pagination.firstPage ?? 1;
  const current = typeof sent === 'number' ? sent : firstPage;
  if (typeof total === 'number' && current >= total - (1 - firstPage)) return null;
  return withValue(pagination, request, current + 1);
}

/** One page: `items` (this page's) and `response` (this page's whole body). */
export class Page<Item, Response> implements AsyncIterable<Item> {
  readonly items: Item[];
  readonly response: Response;
  readonly #pagination: Pagination;
  readonly #fetch: PageFetcher;
  readonly #next: PageRequest | null;

  constructor(pagination: Pagination, fetch: PageFetcher, request: PageRequest, answer: PageAnswer) {
    const items = pagination.items?.length ? at(answer.body, pagination.items) : answer.body;
    this.items = Array.isArray(items) ? (items as Item[]) : [];
    this.response = answer.body as Response;
    this.#pagination = pagination;
    this.#fetch = fetch;
    this.#next = nextRequest(pagination, request, answer, this.items);
  }

  hasNextPage(): boolean {
    return this.#next !== null;
  }

  async getNextPage(): Promise<this> {
    if (this.#next === null) throw new SDKError('No next page: check hasNextPage() before getNextPage().');
    return fetchPage(this.constructor as PageClass<this>, this.#pagination, this.#fetch, this.#next);
  }

  async *iterPages(): AsyncGenerator<this> {
    let page: this = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

/** A page whose items are the response's `data` field. */
export class DataPage<Item, Response> extends Page<Item, Response> {
  get data(): Item[] {
    return this.items;
  }
}

export async function fetchPage<P>(Class: PageClass<P>, pagination: Pagination, fetch: PageFetcher, request: PageRequest): Promise<P> {
  return new Class(pagination, fetch, request, await fetch(request));
}

/** A page's answer: its body as the endpoint's kind reads it (with the request id), and its headers. */
export async function pageAnswer(props: APIResponseProps): Promise<PageAnswer> {
  return { body: await defaultParseResponse(props), headers: props.response.headers };
}

type ItemOf<P> = P extends Page<infer Item, unknown> ? Item : never;

/**
 * What a paginated method returns: an APIPromise of the first page (`await` it, or
 * `.withResponse()` / `.asResponse()` for the first answer), also iterable with `for await` for
 * every item of every page.
 */
export class PagePromise<P extends Page<unknown, unknown>> extends APIPromise<P> implements AsyncIterable<ItemOf<P>> {
  async *[Symbol.asyncIterator](): AsyncGenerator<ItemOf<P>> {
    const page = await this;
    for await (const item of page) yield item as ItemOf<P>;
  }
}
