// The Plaid client: one method per operation, each a description of its request.
// Generated from the OpenAPI description; edits are overwritten.

import * as core from './core/index.js';
import { ERROR_CLASSES } from './errors.js';
import type * as types from './types.js';

const API: core.ApiDescription = {
  name: 'Plaid',
  envPrefix: 'PLAID',
  environments: {
    production: 'https://production.plaid.com',
    sandbox: 'https://sandbox.plaid.com',
  },
  credentials: [
    { option: 'clientId', envVar: 'PLAID_CLIENT_ID' },
    { option: 'secret', envVar: 'PLAID_SECRET' },
  ],
  schemes: {
    clientId: { in: 'header', name: 'PLAID-CLIENT-ID', credentials: ['clientId'] },
    secret: { in: 'header', name: 'PLAID-SECRET', credentials: ['secret'] },
  },
  security: [{ clientId: [], secret: [] }],
  sdk: { package: '@utdk/plaid', version: '0.1.0' },
};

export interface PlaidOptions extends core.ClientOptions {
  /**
   * PLAID-CLIENT-ID. Defaults to process.env.PLAID_CLIENT_ID.
   */
  clientId?: string | null | undefined;
  /**
   * PLAID-SECRET. Defaults to process.env.PLAID_SECRET.
   */
  secret?: string | null | undefined;
  /**
   * The server to call, by name. Defaults to the first one; PLAID_BASE_URL or `baseURL` override
   * it.
   */
  environment?: 'production' | 'sandbox' | undefined;
}

/**
 * The Plaid API
 *
 * The Plaid REST API. Please see https://plaid.com/docs/api for more details.
 */
export class Plaid extends core.BaseClient {
  constructor(options: PlaidOptions = {}) {
    super(API, { ...options }, ERROR_CLASSES);
  }

  /**
   * Refresh identity data
   *
   * `/identity/refresh` is an optional endpoint for users of the Identity product. It initiates an
   * on-demand extraction to fetch the most up to date Identity information from the Financial
   * Institution. This on-demand extraction takes place in addition to the periodic extractions that
   * automatically occur for any Identity-enabled Item. If changes to Identity are discovered after
   * calling `/identity/refresh`, Plaid will fire a webhook
   * [`DEFAULT_UPDATE`](https://plaid.com/docs/api/products/identity/#default_update). As this
   * endpoint triggers a synchronous request for fresh data, latency may be higher than for other
   * Plaid endpoints (typically less than 10 seconds, but occasionally up to 30 seconds or more); if
   * you encounter errors, you may find it necessary to adjust your timeout period when making
   * requests. `/identity/refresh` is offered as an add-on to Identity and has a separate [fee
   * model](https://plaid.com/docs/account/billing/#per-request-flat-fee). To request access to this
   * endpoint, submit a [product access request](https://dashboard.plaid.com/team/products) or
   * contact your Plaid account manager.
   *
   * POST /identity/refresh
   * @see https://plaid.com/docs/api/products/identity/#identityrefresh
   * @throws {core.APIStatusError<types.IdentityRefreshErrorBody>} when the API answers with an
   * error status.
   */
  identityrefresh(
    params: types.IdentityRefreshParams,
    options?: core.RequestOptions,
  ): core.APIPromise<types.IdentityRefreshResponse> {
    return this._call(
      {
        method: 'post',
        path: '/identity/refresh',
        body: {
          kind: 'json',
          contentType: 'application/json',
          fields: ['client_id', 'access_token', 'secret'],
        },
        response: 'json',
        errorBodies: ['default'],
      },
      params,
      options,
    );
  }
}
