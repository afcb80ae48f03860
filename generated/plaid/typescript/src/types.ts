// Types for every schema of The Plaid API, and the argument of every method.
// Generated from the OpenAPI description; edits are overwritten.

import type * as core from './core/index.js';

/**
 * Your Plaid API `client_id`. The `client_id` is required and may be provided either in the
 * `PLAID-CLIENT-ID` header or as part of a request body.
 */
export type APIClientID = string;

/**
 * Your Plaid API `secret`. The `secret` is required and may be provided either in the
 * `PLAID-SECRET` header or as part of a request body.
 */
export type APISecret = string;

/**
 * The access token associated with the Item data is being requested for.
 */
export type AccessToken = string;

/**
 * A unique identifier for the request, which can be used for troubleshooting. This identifier, like
 * all Plaid identifiers, is case sensitive.
 */
export type RequestID = string;

/**
 * IdentityRefreshRequest defines the request schema for `/identity/refresh`
 */
export interface IdentityRefreshRequest {
  /**
   * Your Plaid API `client_id`. The `client_id` is required and may be provided either in the
   * `PLAID-CLIENT-ID` header or as part of a request body.
   */
  client_id?: APIClientID;
  /**
   * The access token associated with the Item data is being requested for.
   */
  access_token: AccessToken;
  /**
   * Your Plaid API `secret`. The `secret` is required and may be provided either in the
   * `PLAID-SECRET` header or as part of a request body.
   */
  secret?: APISecret;
}

/**
 * IdentityRefreshResponse defines the response schema for `/identity/refresh`
 */
export interface IdentityRefreshResponse {
  /**
   * A unique identifier for the request, which can be used for troubleshooting. This identifier,
   * like all Plaid identifiers, is case sensitive.
   */
  request_id: RequestID;
  [key: string]: unknown;
}

/**
 * A broad categorization of the error. Safe for programmatic use.
 */
export type PlaidErrorType =
  | 'INVALID_REQUEST'
  | 'INVALID_RESULT'
  | 'INVALID_INPUT'
  | 'INSTITUTION_ERROR'
  | 'RATE_LIMIT_EXCEEDED'
  | 'API_ERROR'
  | 'ITEM_ERROR';

/**
 * Error
 *
 * Errors are identified by `error_code` and categorized by `error_type`. Use these in preference to
 * HTTP status codes to identify and handle specific errors.
 */
export type PlaidError = {
  /**
   * A broad categorization of the error. Safe for programmatic use.
   */
  error_type: PlaidErrorType;
  /**
   * The particular error code. Safe for programmatic use.
   */
  error_code: string;
  /**
   * A developer-friendly representation of the error code.
   */
  error_message: string;
  /**
   * A user-friendly representation of the error code. `null` if the error is not related to user
   * action.
   */
  display_message: string | null;
  /**
   * A unique ID identifying the request, to be used for troubleshooting purposes.
   */
  request_id?: string;
  /**
   * The URL of a Plaid documentation page with more information about the error
   */
  documentation_url?: string;
  [key: string]: unknown;
} | null;

/**
 * The argument of `identityrefresh` (POST /identity/refresh).
 */
export interface IdentityRefreshParams {
  /**
   * Your Plaid API `client_id`. The `client_id` is required and may be provided either in the
   * `PLAID-CLIENT-ID` header or as part of a request body.
   */
  client_id?: APIClientID;
  /**
   * The access token associated with the Item data is being requested for.
   */
  access_token: AccessToken;
  /**
   * Your Plaid API `secret`. The `secret` is required and may be provided either in the
   * `PLAID-SECRET` header or as part of a request body.
   */
  secret?: APISecret;
}

/**
 * The parsed body of an error answer from `identityrefresh` (default): `APIError.body`.
 */
export type IdentityRefreshErrorBody = PlaidError;
