// Types for every schema of Kitchen Sink Pet Store, and the argument of every method.
// Generated from the OpenAPI description; edits are overwritten.

import type * as core from './core/index.js';

/**
 * Where the pet is in the adoption process.
 */
export type PetStatus = 'available' | 'pending' | 'sold';

export interface PetBase {
  readonly id: number;
  /**
   * The pet's name. Hostile: *\/ """ ${x} `y` </script>
   */
  name: string;
  petType: string;
  tag?: string | null;
  /**
   * Where the pet is in the adoption process.
   */
  status?: PetStatus;
  born_on?: string;
  readonly created_at?: string;
  attributes?: { [key: string]: string };
}

export interface Cat {
  readonly id: number;
  /**
   * The pet's name. Hostile: *\/ """ ${x} `y` </script>
   */
  name: string;
  petType: 'cat';
  tag?: string | null;
  /**
   * Where the pet is in the adoption process.
   */
  status?: PetStatus;
  born_on?: string;
  readonly created_at?: string;
  attributes?: { [key: string]: string };
  indoor?: boolean;
  lives?: 1 | 7 | 9;
}

export interface Dog {
  readonly id: number;
  /**
   * The pet's name. Hostile: *\/ """ ${x} `y` </script>
   */
  name: string;
  petType: 'dog';
  tag?: string | null;
  /**
   * Where the pet is in the adoption process.
   */
  status?: PetStatus;
  born_on?: string;
  readonly created_at?: string;
  attributes?: { [key: string]: string };
  bark_volume?: number;
  /**
   * A property named like a keyword.
   */
  class?: string;
}

export type Pet = (Cat & { petType: 'cat' }) | (Dog & { petType: 'dog' });

export interface NewPet {
  name: string;
  petType: 'cat' | 'dog';
  tag?: string | null;
  bark_volume?: number;
  /**
   * A property whose name starts with a digit.
   */
  '123-code'?: string;
}

export type Inventory = { [key: string]: number };

export interface TreeNode {
  value: string;
  children?: Array<TreeNode>;
  parent?: TreeNode | null;
}

export type Shape = Circle | Square | string;

/**
 * A message; its `role` says which kind. Only `tool` is mapped, the others declare their value.
 */
export type Message =
  | (UserMessage & { role: 'user' })
  | (AssistantMessage & { role: 'assistant' })
  | (ToolMessage & { role: 'tool' });

export interface UserMessage {
  role: 'user';
  content: string;
}

export interface MessageBase {
  role: string;
  name?: string;
}

export interface AssistantMessage {
  role: 'assistant';
  name?: string;
  tool_calls: Array<string>;
}

export interface ToolMessage {
  role: ToolRole;
  tool_call_id: string;
  content: string;
}

export type ToolRole = 'tool';

export interface Conversation {
  id: string;
  messages: Array<Message>;
}

/**
 * A chip is registered with a vet or a clinic (one of them is required).
 */
export interface Microchip {
  /**
   * MC and eight hex digits.
   */
  chip_id: string;
  nickname: string;
  weight_kg: number;
  age_years: number;
  owner_email: string;
  registered_on?: string;
  vaccinations: Array<'rabies' | 'distemper' | 'parvovirus'>;
  vet_id?: string;
  clinic_id?: string;
}

export interface Status {
  ok: boolean;
  version: string;
  uptime_seconds?: number;
  mode?: 'live';
}

export interface Order {
  id: string;
  item: string;
}

export interface OrderRefusal {
  error_code: 'OUT_OF_STOCK' | 'LIMIT_EXCEEDED';
  message?: string;
}

export interface ErrorModel {
  code: number;
  message: string;
  details?: { [key: string]: unknown } | null;
}

export interface Toy {
  id: string;
  name: string;
}

export interface PetEvent {
  kind: 'fed' | 'walked' | 'adopted';
  pet_id: number;
  note?: string;
}

export interface Reply {
  id: string;
  text: string;
}

export interface ReplyChunk {
  id: string;
  delta: string;
}

/**
 * Sent when a pet finds a home.
 */
export interface PetAdopted {
  type: 'pet.adopted';
  pet: Pet;
  adopted_at: string;
}

/**
 * Sent when an item runs low.
 */
export interface InventoryLow {
  type: 'inventory.low';
  item: string;
  remaining: number;
}

export interface Circle {
  radius: number;
}

export interface Square {
  side: number;
}

export interface UpdatePetRequest {
  name?: string;
  /**
   * A free-form tag; null clears it.
   */
  tag?: string | null;
  /**
   * Where the pet is in the adoption process.
   */
  status?: PetStatus;
}

export interface UploadPetPhotoRequest {
  /**
   * The image file.
   */
  file: core.Uploadable;
  /**
   * Shown under the photo.
   */
  caption?: string;
  labels?: Array<string>;
}

export interface UploadPetPhotoResponse {
  url: string;
  size?: number;
}

export interface AddPetNoteRequest {
  text: string;
  /**
   * Sent only when given.
   */
  attachment?: core.Uploadable;
  labels?: Array<string>;
}

export interface SearchPetsFilter {
  name?: string;
  min_age?: number;
}

export interface SubmitContactFormRequest {
  email: string;
  message: string;
  subscribe?: boolean;
}

export interface CreateConversationRequest {
  model: string;
  messages: Array<Message>;
}

export interface ListToysResponse {
  items: Array<Toy>;
  next_cursor?: string | null;
}

export interface ListRecentToysResponse {
  object: 'list';
  data: Array<Toy>;
  first_id?: string | null;
  last_id?: string | null;
  has_more: boolean;
}

export interface ListToysByOffsetResponse {
  results: Array<Toy>;
  total: number;
}

export interface ListToysByPageResponse {
  entries: Array<Toy>;
  total_pages?: number;
}

export interface ListToyFeedResponse {
  toys: Array<Toy>;
  continue_from?: string | null;
}

export interface SyncToysRequest {
  cursor?: string;
  count?: number;
}

export interface SyncToysResponse {
  added: Array<Toy>;
  removed: Array<string>;
  next_cursor: string;
  has_more: boolean;
}

export interface SearchToysRequest {
  query: string;
  offset?: number;
}

export interface SearchToysResponse {
  results: Array<Toy>;
}

export interface CreateReplyRequest {
  text: string;
  /**
   * Send the reply in pieces as they are written.
   */
  stream?: boolean;
}

export interface CreateOrderRequest {
  item: string;
  placed_at?: string;
  /**
   * A scanned receipt, sent base64-encoded inside the JSON body.
   */
  receipt?: core.Uploadable;
  constructor?: string | Function;
  toString?: string | (() => string);
}

/**
 * The argument of `listpets` (GET /pets).
 */
export interface ListPetsParams {
  /**
   * How many pets to return at most.
   */
  limit?: number;
  /**
   * Only pets in these states (repeated parameter).
   */
  status?: Array<PetStatus>;
  /**
   * Comma-separated tags.
   */
  tags?: Array<string>;
  /**
   * A trace id echoed in logs.
   *
   * Sent in the header: X-Trace-Id
   */
  xTraceId?: string;
  /**
   * Sent in the cookie: session_hint
   */
  sessionHint?: string;
}

/**
 * The parsed body of an error answer from `listpets` (default): `APIError.body`.
 */
export type ListPetsErrorBody = ErrorModel;

/**
 * The headers `listpets` declares for its answer: `withResponse().headers`.
 */
export interface ListPetsResponseHeaders {
  /**
   * Cursor of the next page.
   */
  readonly 'X-Next-Cursor'?: string;
}

/**
 * The argument of `createpet` (POST /pets).
 */
export interface CreatePetParams {
  name: string;
  petType: 'cat' | 'dog';
  tag?: string | null;
  bark_volume?: number;
  /**
   * A property whose name starts with a digit.
   */
  '123-code'?: string;
}

/**
 * The parsed body of an error answer from `createpet` (4XX): `APIError.body`.
 */
export type CreatePetErrorBody = ErrorModel;

/**
 * The argument of `getpet` (GET /pets/{petId}).
 */
export interface GetPetParams {
  /**
   * The pet's id.
   */
  petId: number;
}

/**
 * The parsed body of an error answer from `getpet` (404): `APIError.body`.
 */
export type GetPetErrorBody = ErrorModel;

/**
 * The headers `getpet` declares for its answer: `withResponse().headers`.
 */
export interface GetPetResponseHeaders {
  /**
   * Calls left in the current window.
   */
  readonly 'X-Rate-Limit-Remaining': number;
  /**
   * Whether the answer came from a cache.
   */
  readonly 'X-Cache-Hit'?: boolean;
  /**
   * Other names the pet answers to.
   */
  readonly 'X-Pet-Aliases'?: string[];
}

/**
 * The argument of `updatepet` (PATCH /pets/{petId}).
 */
export interface UpdatePetParams {
  /**
   * The pet's id.
   */
  petId: number;
  name?: string;
  /**
   * A free-form tag; null clears it.
   */
  tag?: string | null;
  /**
   * Where the pet is in the adoption process.
   */
  status?: PetStatus;
}

/**
 * The argument of `deletepet` (DELETE /pets/{petId}).
 */
export interface DeletePetParams {
  /**
   * The pet's id.
   */
  petId: number;
}

/**
 * The argument of `downloadpetphoto` (GET /pets/{petId}/photo).
 */
export interface DownloadPetPhotoParams {
  petId: number;
}

/**
 * The argument of `uploadpetphoto` (POST /pets/{petId}/photo).
 */
export interface UploadPetPhotoParams {
  petId: number;
  /**
   * The image file.
   */
  file: core.Uploadable;
  /**
   * Shown under the photo.
   */
  caption?: string;
  labels?: Array<string>;
}

/**
 * The argument of `registermicrochip` (PUT /pets/{petId}/microchip).
 */
export interface RegisterMicrochipParams {
  petId: number;
  /**
   * MC and eight hex digits.
   */
  chip_id: string;
  nickname: string;
  weight_kg: number;
  age_years: number;
  owner_email: string;
  registered_on?: string;
  vaccinations: Array<'rabies' | 'distemper' | 'parvovirus'>;
  vet_id?: string;
  clinic_id?: string;
}

/**
 * The argument of `addpetnote` (POST /pets/{petId}/notes).
 */
export interface AddPetNoteParams {
  petId: number;
  text: string;
  /**
   * Sent only when given.
   */
  attachment?: core.Uploadable;
  labels?: Array<string>;
}

/**
 * The argument of `searchpets` (GET /search).
 */
export interface SearchPetsParams {
  filter?: SearchPetsFilter;
  ids?: Array<number>;
  q: string;
}

/**
 * The argument of `getinventory` (GET /store/inventory).
 */
export interface GetInventoryParams {
}

/**
 * The argument of `downloadreport` (GET /store/reports/{reportId}).
 */
export interface DownloadReportParams {
  reportId: string;
  format?: 'csv' | 'pdf';
}

/**
 * The headers `downloadreport` declares for its answer: `withResponse().headers`.
 */
export interface DownloadReportResponseHeaders {
  /**
   * Rows in the report.
   */
  readonly 'X-Report-Rows'?: number;
}

/**
 * The argument of `submitcontactform` (POST /contact).
 */
export interface SubmitContactFormParams {
  email: string;
  message: string;
  subscribe?: boolean;
}

/**
 * The argument of `createtree` (POST /trees).
 */
export interface CreateTreeParams {
  value: string;
  children?: Array<TreeNode>;
  parent?: TreeNode | null;
}

/**
 * The argument of `putshape` (PUT /shapes/{shapeId}).
 */
export interface PutShapeParams {
  shapeId: string;
  body: Shape;
}

/**
 * The argument of `getstatus` (GET /status).
 */
export interface GetStatusParams {
}

/**
 * The argument of `createconversation` (POST /conversations).
 */
export interface CreateConversationParams {
  model: string;
  messages: Array<Message>;
}

/**
 * The argument of `listtoys` (GET /toys).
 */
export interface ListToysParams {
  cursor?: string;
  limit?: number;
}

/**
 * The argument of `listrecenttoys` (GET /toys/recent).
 */
export interface ListRecentToysParams {
  after?: string;
  limit?: number;
}

/**
 * The argument of `listtoysbyoffset` (GET /toys/by-offset).
 */
export interface ListToysByOffsetParams {
  offset?: number;
  limit?: number;
}

/**
 * The argument of `listtoysbypage` (GET /toys/by-page).
 */
export interface ListToysByPageParams {
  page?: number;
  per_page?: number;
}

/**
 * The argument of `listlinkedtoys` (GET /toys/linked).
 */
export interface ListLinkedToysParams {
  per_page?: number;
}

/**
 * The headers `listlinkedtoys` declares for its answer: `withResponse().headers`.
 */
export interface ListLinkedToysResponseHeaders {
  /**
   * The next page: `<url>; rel="next"`.
   */
  readonly Link?: string;
}

/**
 * The argument of `listtoysbyheader` (GET /toys/by-header).
 */
export interface ListToysByHeaderParams {
  cursor?: string;
}

/**
 * The headers `listtoysbyheader` declares for its answer: `withResponse().headers`.
 */
export interface ListToysByHeaderResponseHeaders {
  /**
   * The next page's cursor; absent on the last page.
   */
  readonly 'X-Next-Cursor'?: string;
}

/**
 * The argument of `listtoyfeed` (GET /toys/feed).
 */
export interface ListToyFeedParams {
  since?: string;
}

/**
 * The argument of `synctoys` (POST /toys/sync).
 */
export interface SyncToysParams {
  cursor?: string;
  count?: number;
}

/**
 * The argument of `searchtoys` (POST /toys/search).
 */
export interface SearchToysParams {
  query: string;
  offset?: number;
}

/**
 * The argument of `watchpet` (GET /pets/{petId}/events).
 */
export interface WatchPetParams {
  petId: number;
}

/**
 * The parsed body of an error answer from `watchpet` (default): `APIError.body`.
 */
export type WatchPetErrorBody = ErrorModel;

/**
 * The argument of `createreply` (POST /conversations/{conversationId}/replies).
 */
export interface CreateReplyParams {
  conversationId: string;
  text: string;
  /**
   * Send the reply in pieces as they are written.
   */
  stream?: boolean;
}

/**
 * The argument of `createorder` (POST /orders).
 */
export interface CreateOrderParams {
  /**
   * Makes a retried order count once.
   *
   * Sent in the header: Idempotency-Key
   */
  idempotencyKey?: string;
  item: string;
  placed_at?: string;
  /**
   * A scanned receipt, sent base64-encoded inside the JSON body.
   */
  receipt?: core.Uploadable;
  constructor?: string | Function;
  toString?: string | (() => string);
}

/**
 * The parsed body of an error answer from `createorder` (422, default): `APIError.body`.
 */
export type CreateOrderErrorBody = OrderRefusal | ErrorModel;
