// @utdk/plaid: the default export is a client configured from the environment (PLAID_CLIENT_ID,
// PLAID_SECRET, PLAID_BASE_URL) on first use.
// Generated from the OpenAPI description; edits are overwritten.

import { Plaid } from './client.js';
import { lazyClient } from './core/index.js';

const plaid: Plaid = lazyClient(() => new Plaid());
export default plaid;

export { Plaid, type PlaidOptions } from './client.js';
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
