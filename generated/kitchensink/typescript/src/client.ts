// The Kitchensink client: one method per operation, each a description of its request.
// Generated from the OpenAPI description; edits are overwritten.

import * as core from './core/index.js';
import { ERROR_CLASSES } from './errors.js';
import type * as types from './types.js';
import { Webhooks } from './webhooks.js';

const API: core.ApiDescription = {
  name: 'Kitchensink',
  envPrefix: 'KITCHENSINK',
  environments: {
    production: 'https://us.api.kitchensink.example/v1',
    sandbox: 'https://sandbox.kitchensink.example/v1',
  },
  credentials: [
    { option: 'bearerAuth', envVar: 'KITCHENSINK_BEARER_AUTH' },
    { option: 'basicAuthUsername', envVar: 'KITCHENSINK_BASIC_AUTH_USERNAME' },
    { option: 'basicAuthPassword', envVar: 'KITCHENSINK_BASIC_AUTH_PASSWORD' },
    { option: 'apiKeyHeader', envVar: 'KITCHENSINK_API_KEY_HEADER' },
    { option: 'apiKeyQuery', envVar: 'KITCHENSINK_API_KEY_QUERY' },
    { option: 'apiKeyCookie', envVar: 'KITCHENSINK_API_KEY_COOKIE' },
    { option: 'oauth2ClientId', envVar: 'KITCHENSINK_OAUTH2_CLIENT_ID' },
    { option: 'oauth2ClientSecret', envVar: 'KITCHENSINK_OAUTH2_CLIENT_SECRET' },
  ],
  schemes: {
    bearerAuth: {
      in: 'header',
      name: 'Authorization',
      prefix: 'Bearer ',
      credentials: ['bearerAuth'],
    },
    basicAuth: {
      in: 'header',
      name: 'Authorization',
      prefix: 'Basic ',
      encoding: 'basic',
      credentials: ['basicAuthUsername', 'basicAuthPassword'],
    },
    apiKeyHeader: { in: 'header', name: 'X-API-Key', credentials: ['apiKeyHeader'] },
    apiKeyQuery: { in: 'query', name: 'api_key', credentials: ['apiKeyQuery'] },
    apiKeyCookie: { in: 'cookie', name: 'session', credentials: ['apiKeyCookie'] },
    oauth2: {
      in: 'header',
      name: 'Authorization',
      prefix: 'Bearer ',
      tokenUrl: '/oauth/token',
      credentials: ['oauth2ClientId', 'oauth2ClientSecret'],
    },
  },
  security: [{ bearerAuth: [] }],
  sdk: { package: '@utdk/kitchensink', version: '1.2.0' },
};

export interface KitchensinkOptions extends core.ClientOptions {
  /**
   * Bearer token. Defaults to process.env.KITCHENSINK_BEARER_AUTH.
   */
  bearerAuth?: string | null | undefined;
  /**
   * Username. Defaults to process.env.KITCHENSINK_BASIC_AUTH_USERNAME.
   */
  basicAuthUsername?: string | null | undefined;
  /**
   * Password. Defaults to process.env.KITCHENSINK_BASIC_AUTH_PASSWORD.
   */
  basicAuthPassword?: string | null | undefined;
  /**
   * X-API-Key. Defaults to process.env.KITCHENSINK_API_KEY_HEADER.
   */
  apiKeyHeader?: string | null | undefined;
  /**
   * api_key. Defaults to process.env.KITCHENSINK_API_KEY_QUERY.
   */
  apiKeyQuery?: string | null | undefined;
  /**
   * session. Defaults to process.env.KITCHENSINK_API_KEY_COOKIE.
   */
  apiKeyCookie?: string | null | undefined;
  /**
   * Client ID. Defaults to process.env.KITCHENSINK_OAUTH2_CLIENT_ID.
   */
  oauth2ClientId?: string | null | undefined;
  /**
   * Client secret. Defaults to process.env.KITCHENSINK_OAUTH2_CLIENT_SECRET.
   */
  oauth2ClientSecret?: string | null | undefined;
  /**
   * The server to call, by name. Defaults to the first one; KITCHENSINK_BASE_URL or `baseURL`
   * override it.
   */
  environment?: 'production' | 'sandbox' | undefined;
}

/**
 * Kitchen Sink Pet Store
 *
 * An API that exercises parameters in every location and style, JSON, form, multipart and
 * binary bodies, composition with discriminators, recursion, maps, nullable values and every
 * kind of credential.
 *
 * Hostile text must stay text: *\/ """ ''' ${injected}
 * `backticks` </script><script>alert(1)</script>
 */
export class Kitchensink extends core.BaseClient {
  /** Reads the webhooks this API sends: `client.webhooks.unwrap(body)`. */
  readonly webhooks: Webhooks = new Webhooks();

  constructor(options: KitchensinkOptions = {}) {
    super(API, { ...options }, ERROR_CLASSES);
  }

  /**
   * List pets
   *
   * Returns pets, filtered and paged. Uses **form** query parameters.
   *
   * GET /pets
   * @throws {core.APIStatusError<types.ListPetsErrorBody>} when the API answers with an error
   * status.
   */
  listpets(
    params: types.ListPetsParams = {},
    options?: core.RequestOptions,
  ): core.APIPromise<Array<types.Pet>, types.ListPetsResponseHeaders> {
    return this._call(
      {
        method: 'get',
        path: '/pets',
        params: [
          { key: 'limit', name: 'limit', in: 'query' },
          { key: 'status', name: 'status', in: 'query' },
          { key: 'tags', name: 'tags', in: 'query', explode: false },
          { key: 'xTraceId', name: 'X-Trace-Id', in: 'header' },
          { key: 'sessionHint', name: 'session_hint', in: 'cookie' },
        ],
        response: 'json',
        responseHeaders: [['X-Next-Cursor', 'string']],
        errorBodies: ['default'],
      },
      params,
      options,
    );
  }

  /**
   * Create a pet
   *
   * POST /pets
   * @throws {core.APIStatusError<types.CreatePetErrorBody>} when the API answers with an error
   * status.
   */
  createpet(
    params: types.CreatePetParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Pet> {
    return this._call(
      {
        method: 'post',
        path: '/pets',
        body: {
          kind: 'json',
          contentType: 'application/json',
          fields: ['name', 'petType', 'tag', 'bark_volume', '123-code'],
        },
        security: [{ apiKeyHeader: [] }],
        response: 'json',
        errorBodies: ['4XX'],
      },
      params,
      options,
    );
  }

  /**
   * Get a pet
   *
   * GET /pets/{petId}
   * @throws {core.APIStatusError<types.GetPetErrorBody>} when the API answers with an error status.
   */
  getpet(
    params: types.GetPetParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Pet, types.GetPetResponseHeaders> {
    return this._call(
      {
        method: 'get',
        path: '/pets/{petId}',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        response: 'json',
        responseHeaders: [
          ['X-Rate-Limit-Remaining', 'integer'],
          ['X-Cache-Hit', 'boolean'],
          ['X-Pet-Aliases', 'array'],
        ],
        errorBodies: ['404'],
      },
      params,
      options,
    );
  }

  /**
   * Update a pet
   *
   * Fields set to `null` are cleared; fields left out are kept.
   *
   * PATCH /pets/{petId}
   */
  updatepet(
    params: types.UpdatePetParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Pet> {
    return this._call(
      {
        method: 'patch',
        path: '/pets/{petId}',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        body: { kind: 'json', contentType: 'application/json', fields: ['name', 'tag', 'status'] },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Delete a pet
   *
   * DELETE /pets/{petId}
   */
  deletepet(params: types.DeletePetParams, options?: core.RequestOptions): core.APIPromise<void> {
    return this._call(
      {
        method: 'delete',
        path: '/pets/{petId}',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        security: [{ basicAuth: [] }],
        response: 'empty',
      },
      params,
      options,
    );
  }

  /**
   * Download a pet's photo
   *
   * GET /pets/{petId}/photo
   */
  downloadpetphoto(
    params: types.DownloadPetPhotoParams,
    options?: core.RequestOptions,
  ): core.APIPromise<Blob> {
    return this._call(
      {
        method: 'get',
        path: '/pets/{petId}/photo',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        response: 'binary',
      },
      params,
      options,
    );
  }

  /**
   * Upload a pet's photo
   *
   * POST /pets/{petId}/photo
   */
  uploadpetphoto(
    params: types.UploadPetPhotoParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.UploadPetPhotoResponse> {
    return this._call(
      {
        method: 'post',
        path: '/pets/{petId}/photo',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        body: {
          kind: 'multipart',
          contentType: 'multipart/form-data',
          fields: ['file', 'caption', 'labels'],
        },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Register a pet's microchip
   *
   * Every value has rules beyond its type; the example request keeps them all.
   *
   * PUT /pets/{petId}/microchip
   */
  registermicrochip(
    params: types.RegisterMicrochipParams,
    options?: core.RequestOptions,
  ): core.APIPromise<void> {
    return this._call(
      {
        method: 'put',
        path: '/pets/{petId}/microchip',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        body: {
          kind: 'json',
          contentType: 'application/json',
          fields: [
            'chip_id',
            'nickname',
            'weight_kg',
            'age_years',
            'owner_email',
            'registered_on',
            'vaccinations',
            'vet_id',
            'clinic_id',
          ],
        },
        response: 'empty',
      },
      params,
      options,
    );
  }

  /**
   * Add a note, with an optional attachment
   *
   * POST /pets/{petId}/notes
   */
  addpetnote(params: types.AddPetNoteParams, options?: core.RequestOptions): core.APIPromise<void> {
    return this._call(
      {
        method: 'post',
        path: '/pets/{petId}/notes',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        body: {
          kind: 'multipart',
          contentType: 'multipart/form-data',
          fields: ['text', 'attachment', 'labels'],
        },
        response: 'empty',
      },
      params,
      options,
    );
  }

  /**
   * Search pets (deprecated)
   *
   * Use `listPets` instead.
   *
   * GET /search
   * @deprecated
   */
  searchpets(
    params: types.SearchPetsParams,
    options?: core.RequestOptions,
  ): core.APIPromise<Array<types.Pet>> {
    return this._call(
      {
        method: 'get',
        path: '/search',
        params: [
          { key: 'filter', name: 'filter', in: 'query', style: 'deepObject', explode: true },
          { key: 'ids', name: 'ids', in: 'query', style: 'pipeDelimited' },
          { key: 'q', name: 'q', in: 'query' },
        ],
        security: [{ apiKeyQuery: [] }],
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Inventory by status
   *
   * GET /store/inventory
   */
  getinventory(
    params: types.GetInventoryParams = {},
    options?: core.RequestOptions,
  ): core.APIPromise<types.Inventory> {
    return this._call(
      {
        method: 'get',
        path: '/store/inventory',
        security: [{ oauth2: ['inventory:read'] }],
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Download a report
   *
   * GET /store/reports/{reportId}
   */
  downloadreport(
    params: types.DownloadReportParams,
    options?: core.RequestOptions,
  ): core.APIPromise<Blob, types.DownloadReportResponseHeaders> {
    return this._call(
      {
        method: 'get',
        path: '/store/reports/{reportId}',
        params: [
          { key: 'reportId', name: 'reportId', in: 'path' },
          { key: 'format', name: 'format', in: 'query' },
        ],
        response: 'binary',
        responseHeaders: [['X-Report-Rows', 'integer']],
      },
      params,
      options,
    );
  }

  /**
   * Send a message
   *
   * POST /contact
   */
  submitcontactform(
    params: types.SubmitContactFormParams,
    options?: core.RequestOptions,
  ): core.APIPromise<void> {
    return this._call(
      {
        method: 'post',
        path: '/contact',
        body: {
          kind: 'form',
          contentType: 'application/x-www-form-urlencoded',
          fields: ['email', 'message', 'subscribe'],
        },
        security: [{ apiKeyCookie: [] }],
        response: 'empty',
      },
      params,
      options,
    );
  }

  /**
   * Store a tree
   *
   * POST /trees
   */
  createtree(
    params: types.CreateTreeParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.TreeNode> {
    return this._call(
      {
        method: 'post',
        path: '/trees',
        body: {
          kind: 'json',
          contentType: 'application/json',
          fields: ['value', 'children', 'parent'],
        },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Store a shape
   *
   * PUT /shapes/{shapeId}
   */
  putshape(
    params: types.PutShapeParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Shape> {
    return this._call(
      {
        method: 'put',
        path: '/shapes/{shapeId}',
        params: [{ key: 'shapeId', name: 'shapeId', in: 'path' }],
        body: { kind: 'json', contentType: 'application/json', key: 'body' },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Service status
   *
   * GET /status
   */
  getstatus(
    params: types.GetStatusParams = {},
    options?: core.RequestOptions,
  ): core.APIPromise<types.Status> {
    return this._call(
      { method: 'get', path: '/status', security: [], response: 'json' },
      params,
      options,
    );
  }

  /**
   * Start a conversation
   *
   * Messages are told apart by `role`; each kind declares its own value.
   *
   * POST /conversations
   */
  createconversation(
    params: types.CreateConversationParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Conversation> {
    return this._call(
      {
        method: 'post',
        path: '/conversations',
        body: { kind: 'json', contentType: 'application/json', fields: ['model', 'messages'] },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * List toys (a cursor in the query, the next one in the body)
   *
   * GET /toys
   */
  listtoys(
    params: types.ListToysParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, types.ListToysResponse>> {
    return this._list<core.Page<types.Toy, types.ListToysResponse>>(
      core.Page,
      {
        method: 'get',
        path: '/toys',
        params: [
          { key: 'cursor', name: 'cursor', in: 'query' },
          { key: 'limit', name: 'limit', in: 'query' },
        ],
        response: 'json',
      },
      {
        kind: 'cursor',
        items: ['items'],
        request: { in: 'query', key: 'cursor' },
        next: ['next_cursor'],
      },
      params,
      options,
    );
  }

  /**
   * Recent toys (after the last id, while has_more)
   *
   * GET /toys/recent
   */
  listrecenttoys(
    params: types.ListRecentToysParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.DataPage<types.Toy, types.ListRecentToysResponse>> {
    return this._list<core.DataPage<types.Toy, types.ListRecentToysResponse>>(
      core.DataPage,
      {
        method: 'get',
        path: '/toys/recent',
        params: [
          { key: 'after', name: 'after', in: 'query' },
          { key: 'limit', name: 'limit', in: 'query' },
        ],
        response: 'json',
      },
      {
        kind: 'cursor',
        items: ['data'],
        request: { in: 'query', key: 'after' },
        next: ['last_id'],
        hasMore: ['has_more'],
        lastItem: 'id',
      },
      params,
      options,
    );
  }

  /**
   * Toys by offset and limit
   *
   * GET /toys/by-offset
   */
  listtoysbyoffset(
    params: types.ListToysByOffsetParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, types.ListToysByOffsetResponse>> {
    return this._list<core.Page<types.Toy, types.ListToysByOffsetResponse>>(
      core.Page,
      {
        method: 'get',
        path: '/toys/by-offset',
        params: [
          { key: 'offset', name: 'offset', in: 'query' },
          { key: 'limit', name: 'limit', in: 'query' },
        ],
        response: 'json',
      },
      {
        kind: 'offset',
        items: ['results'],
        request: { in: 'query', key: 'offset' },
        total: ['total'],
      },
      params,
      options,
    );
  }

  /**
   * Toys by page number
   *
   * GET /toys/by-page
   */
  listtoysbypage(
    params: types.ListToysByPageParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, types.ListToysByPageResponse>> {
    return this._list<core.Page<types.Toy, types.ListToysByPageResponse>>(
      core.Page,
      {
        method: 'get',
        path: '/toys/by-page',
        params: [
          { key: 'page', name: 'page', in: 'query' },
          { key: 'per_page', name: 'per_page', in: 'query' },
        ],
        response: 'json',
      },
      {
        kind: 'page',
        items: ['entries'],
        request: { in: 'query', key: 'page' },
        total: ['total_pages'],
      },
      params,
      options,
    );
  }

  /**
   * Toys, the next page linked from the Link header
   *
   * GET /toys/linked
   */
  listlinkedtoys(
    params: types.ListLinkedToysParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, Array<types.Toy>>> {
    return this._list<core.Page<types.Toy, Array<types.Toy>>>(
      core.Page,
      {
        method: 'get',
        path: '/toys/linked',
        params: [{ key: 'per_page', name: 'per_page', in: 'query' }],
        response: 'json',
        responseHeaders: [['Link', 'string']],
      },
      { kind: 'link', nextHeader: 'Link' },
      params,
      options,
    );
  }

  /**
   * Toys, the next cursor in a response header
   *
   * GET /toys/by-header
   */
  listtoysbyheader(
    params: types.ListToysByHeaderParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, Array<types.Toy>>> {
    return this._list<core.Page<types.Toy, Array<types.Toy>>>(
      core.Page,
      {
        method: 'get',
        path: '/toys/by-header',
        params: [{ key: 'cursor', name: 'cursor', in: 'query' }],
        response: 'json',
        responseHeaders: [['X-Next-Cursor', 'string']],
      },
      {
        kind: 'cursor_header',
        request: { in: 'query', key: 'cursor' },
        nextHeader: 'X-Next-Cursor',
      },
      params,
      options,
    );
  }

  /**
   * The toy feed (names detection cannot read; generator.yaml says how it pages)
   *
   * GET /toys/feed
   */
  listtoyfeed(
    params: types.ListToyFeedParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, types.ListToyFeedResponse>> {
    return this._list<core.Page<types.Toy, types.ListToyFeedResponse>>(
      core.Page,
      {
        method: 'get',
        path: '/toys/feed',
        params: [{ key: 'since', name: 'since', in: 'query' }],
        response: 'json',
      },
      {
        kind: 'cursor',
        items: ['toys'],
        request: { in: 'query', key: 'since' },
        next: ['continue_from'],
      },
      params,
      options,
    );
  }

  /**
   * Changes since a cursor (several arrays; generator.yaml names the items)
   *
   * POST /toys/sync
   */
  synctoys(
    params: types.SyncToysParams = {},
    options?: core.RequestOptions,
  ): core.PagePromise<core.Page<types.Toy, types.SyncToysResponse>> {
    return this._list<core.Page<types.Toy, types.SyncToysResponse>>(
      core.Page,
      {
        method: 'post',
        path: '/toys/sync',
        body: { kind: 'json', contentType: 'application/json', fields: ['cursor', 'count'] },
        response: 'json',
      },
      {
        kind: 'cursor',
        items: ['added'],
        request: { in: 'body', key: 'cursor' },
        next: ['next_cursor'],
        hasMore: ['has_more'],
      },
      params,
      options,
    );
  }

  /**
   * Search toys (one page only; generator.yaml turns paging off)
   *
   * POST /toys/search
   */
  searchtoys(
    params: types.SearchToysParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.SearchToysResponse> {
    return this._call(
      {
        method: 'post',
        path: '/toys/search',
        body: { kind: 'json', contentType: 'application/json', fields: ['query', 'offset'] },
        response: 'json',
      },
      params,
      options,
    );
  }

  /**
   * Follow a pet's events
   *
   * Server-Sent Events, one per change to the pet, until the server ends the stream.
   *
   * GET /pets/{petId}/events
   * @throws {core.APIStatusError<types.WatchPetErrorBody>} when the API answers with an error
   * status.
   */
  watchpet(
    params: types.WatchPetParams,
    options?: core.RequestOptions,
  ): core.APIPromise<core.Stream<types.PetEvent>> {
    return this._call(
      {
        method: 'get',
        path: '/pets/{petId}/events',
        params: [{ key: 'petId', name: 'petId', in: 'path' }],
        response: 'sse',
        errorBodies: ['default'],
      },
      params,
      options,
    );
  }

  /**
   * Reply in a conversation
   *
   * The whole reply as JSON, or its pieces as Server-Sent Events when `stream` is true.
   *
   * POST /conversations/{conversationId}/replies
   */
  createreply(
    params: types.CreateReplyParams & { stream: true },
    options?: core.RequestOptions,
  ): core.APIPromise<core.Stream<types.ReplyChunk>>;
  createreply(
    params: types.CreateReplyParams & { stream?: false | null | undefined },
    options?: core.RequestOptions,
  ): core.APIPromise<types.Reply>;
  createreply(
    params: types.CreateReplyParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Reply | core.Stream<types.ReplyChunk>>;
  createreply(
    params: types.CreateReplyParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Reply | core.Stream<types.ReplyChunk>> {
    return this._call(
      {
        method: 'post',
        path: '/conversations/{conversationId}/replies',
        params: [{ key: 'conversationId', name: 'conversationId', in: 'path' }],
        body: { kind: 'json', contentType: 'application/json', fields: ['text', 'stream'] },
        response: 'json',
        streamFlag: 'stream',
      },
      params,
      options,
    );
  }

  /**
   * Place an order
   *
   * Declares an `Idempotency-Key` header, so the SDKs send a key on every call (the same one on
   * each retry). The body has a timestamp, a file sent inside JSON (base64) and keys named like
   * JavaScript's own properties.
   *
   * POST /orders
   * @throws {core.APIStatusError<types.CreateOrderErrorBody>} when the API answers with an error
   * status.
   */
  createorder(
    params: types.CreateOrderParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.Order> {
    return this._call(
      {
        method: 'post',
        path: '/orders',
        params: [{ key: 'idempotencyKey', name: 'Idempotency-Key', in: 'header' }],
        body: {
          kind: 'json',
          contentType: 'application/json',
          fields: ['item', 'placed_at', 'receipt', 'constructor', 'toString'],
        },
        security: [],
        response: 'json',
        errorBodies: ['422', 'default'],
        idempotencyHeader: 'Idempotency-Key',
      },
      params,
      options,
    );
  }
}
