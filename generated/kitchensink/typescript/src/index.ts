// @utdk/kitchensink: the default export is a client configured from the environment
// (KITCHENSINK_BEARER_AUTH, KITCHENSINK_BASIC_AUTH_USERNAME, KITCHENSINK_BASIC_AUTH_PASSWORD,
// KITCHENSINK_API_KEY_HEADER, KITCHENSINK_API_KEY_QUERY, KITCHENSINK_API_KEY_COOKIE,
// KITCHENSINK_OAUTH2_CLIENT_ID, KITCHENSINK_OAUTH2_CLIENT_SECRET, KITCHENSINK_BASE_URL) on first
// use.
// Generated from the OpenAPI description; edits are overwritten.

import { Kitchensink } from './client.js';
import { lazyClient } from './core/index.js';

const kitchensink: Kitchensink = lazyClient(() => new Kitchensink());
export default kitchensink;

export { Kitchensink, type KitchensinkOptions } from './client.js';
export { Webhooks, type UnwrapWebhookEvent } from './webhooks.js';
export {
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ServiceUnavailableError,
  UnexpectedStatusError,
  UnprocessableEntityError,
} from './errors.js';
export {
  APIConnectionError,
  APIError,
  APIStatusError,
  APIStreamError,
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  DataPage,
  InvalidWebhookPayloadError,
  MissingCredentialsError,
  Page,
  PagePromise,
  SDKError,
  Stream,
  type ClientOptions,
  type Logger,
  type LogLevel,
  type RawResponse,
  type RequestOptions,
  type ServerSentEvent,
  type Uploadable,
  type WithRequestID,
} from './core/index.js';
export type * from './types.js';
