// The errors an answer's status throws, the same classes as the Python SDK. `body` is typed as the
// error schema the API declares for the class's statuses; it is undefined when the operation
// declares no body for the status received.
// Generated from the OpenAPI description; edits are overwritten.

import * as core from './core/index.js';
import type * as types from './types.js';

/** Any 4xx answer without a class of its own. */
export class ClientError extends core.APIStatusError<types.ErrorModel | types.OrderRefusal> {}

/** 400 Bad Request. */
export class BadRequestError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** 401 Unauthorized. */
export class AuthenticationError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** 403 Forbidden. */
export class PermissionDeniedError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** 404 Not Found. */
export class NotFoundError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** 409 Conflict. */
export class ConflictError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** 422 Unprocessable Entity. */
export class UnprocessableEntityError extends ClientError {}

/** 429 Too Many Requests. */
export class RateLimitError extends ClientError {
  declare readonly body: types.ErrorModel | undefined;
}

/** Any 5xx answer without a class of its own. */
export class ServerError extends core.APIStatusError<types.ErrorModel> {}

/** 500 Internal Server Error. */
export class InternalServerError extends ServerError {}

/** 503 Service Unavailable. */
export class ServiceUnavailableError extends ServerError {}

/** Any other status that is not a success (1xx, 3xx). */
export class UnexpectedStatusError extends core.APIStatusError<types.ErrorModel> {}

export const ERROR_CLASSES: core.ErrorClasses = {
  byStatus: {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
  },
  client: ClientError,
  server: ServerError,
  other: UnexpectedStatusError,
  typed: true,
};
