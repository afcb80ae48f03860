/** Reading a webhook the API sent: the received body, parsed and checked against the payloads it can be. */

import { SDKError } from './errors.js';

/** The body is not JSON, or not one of the webhook payloads this package knows. */
export class InvalidWebhookPayloadError extends SDKError {}

export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * `required` maps each payload's discriminator value (or type name, without a discriminator) to the
 * fields it must have; without a discriminator the first payload whose fields are all there wins.
 */
export function parseWebhookPayload<T>(body: WebhookBody, discriminator: string | null, required: Readonly<Record<string, readonly string[]>>): T {
  const text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidWebhookPayloadError(`The webhook payload is not valid JSON: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidWebhookPayloadError(`The webhook payload is a JSON ${data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data}, not an object.`);
  }
  const record = data as Record<string, unknown>;
  const has = (fields: readonly string[]): string[] => fields.filter((name) => !Object.prototype.hasOwnProperty.call(record, name));
  if (discriminator !== null) {
    const tag = record[discriminator];
    const fields = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(required, tag) ? required[tag] : undefined;
    if (fields === undefined) {
      throw new InvalidWebhookPayloadError(
        `The webhook payload's ${JSON.stringify(discriminator)} is ${JSON.stringify(tag) ?? 'missing'}; expected one of: ${Object.keys(required).sort().join(', ')}.`,
      );
    }
    const missing = has(fields);
    if (missing.length) throw new InvalidWebhookPayloadError(`The webhook payload lacks required fields: ${missing.join(', ')}.`);
    return data as T;
  }
  if (Object.values(required).some((fields) => has(fields).length === 0)) return data as T;
  throw new InvalidWebhookPayloadError('The webhook payload matches none of the webhook events this package knows.');
}
