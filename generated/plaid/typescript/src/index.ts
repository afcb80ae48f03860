// @utdk/plaid: the default export is a client configured from the environment (PLAID_CLIENT_ID,
// PLAID_SECRET, PLAID_BASE_URL) on first use.
// Generated from the OpenAPI description; edits are overwritten.

import { Plaid } from './client.js';
import { lazyClient } from './core/index.js';

const plaid: Plaid = lazyClient(() => new Plaid());
export default plaid;

export { Plaid, type PlaidOptions } from './client.js';
export {
  APIConnectionError,
  APIError,
  APIStreamError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConfigurationError,
  ConflictError,
  DataPage,
  InternalServerError,
  InvalidWebhookPayloadError,
  MissingCredentialsError,
  NotFoundError,
  Page,
  PagePromise,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  ServerError,
  Stream,
  UnexpectedStatusError,
  UnprocessableEntityError,
  type ClientOptions,
  type RequestOptions,
  type ServerSentEvent,
  type Uploadable,
  type WithRequestID,
} from './core/index.js';
export type * from './types.js';
