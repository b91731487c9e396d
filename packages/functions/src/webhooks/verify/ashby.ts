/**
 * Ashby: `Ashby-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, keyed with the secret
 * token; the body's `webhookActionId` names the action, and its retries share it.
 * Source: developers.ashbyhq.com/docs/authenticating-webhooks.
 */
import type { BodySignatureScheme } from './body-signature.ts';
import { bodyId } from './hmac.ts';
import { jsonField } from './json-field.ts';

export const ASHBY: BodySignatureScheme = {
  header: 'Ashby-Signature',
  prefix: 'sha256=',
  deliveryId: ({ rawBody }) => {
    const id = jsonField(rawBody, 'webhookActionId');
    return typeof id === 'string' && id ? id : bodyId(rawBody);
  },
};
