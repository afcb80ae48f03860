// Webhooks: the payloads the API sends, and `Webhooks.unwrap` to read one you received.
// Generated from the OpenAPI description; edits are overwritten.

import * as core from './core/index.js';
import type * as types from './types.js';

/**
 * Any webhook payload: `pet.adopted`, `inventory.low`.
 */
export type UnwrapWebhookEvent = (types.PetAdopted & { type: 'pet.adopted' }) | (types.InventoryLow & { type: 'inventory.low' });

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'pet.adopted': ['type', 'pet', 'adopted_at'],
  'inventory.low': ['type', 'item', 'remaining'],
};

/** Reads the webhooks this API sends. */
export class Webhooks {
  /**
   * The received body (text or bytes) as its typed event.
   * @throws {core.InvalidWebhookPayloadError} when the body is not JSON or not a known event.
   */
  unwrap(body: core.WebhookBody): UnwrapWebhookEvent {
    return core.parseWebhookPayload<UnwrapWebhookEvent>(body, 'type', REQUIRED);
  }
}
