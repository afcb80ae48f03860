export { BaseClient, readEnv, retryDelay, type ApiDescription, type ClientOptions, type Endpoint, type RequestOptions } from './client.js';
export { type CredentialSpec, type Fetch, type PlacementSpec, type SecuritySpec } from './auth.js';
export * from './errors.js';
export { lazyClient } from './lazy.js';
export { type WithRequestID, type ResponseKind } from './response.js';
export { type BodySpec, type ParamSpec, type Uploadable } from './serialize.js';
