export { BaseClient, readEnv, retryDelay, type ApiDescription, type ClientOptions, type Endpoint, type RequestOptions } from './client.js';
export { type CredentialSource, type Fetch, type CredentialPlacement, type SecurityRequirement } from './auth.js';
export * from './errors.js';
export { lazyClient } from './lazy.js';
export { APIPromise, defaultParseResponse, type APIResponseProps, type ParseResponse, type WithResponse } from './api-promise.js';
export { requestIdOf, type HeaderKind, type NoDeclaredHeaders, type WithRequestID, type ResponseKind } from './response.js';
export { type BodyEncoding, type ParamEncoding, type Uploadable } from './serialize.js';
export { RequestLog, userAgent, type Logger, type LogLevel } from './logging.js';
