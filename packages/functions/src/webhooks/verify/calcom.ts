/**
 * Cal.com: `X-Cal-Signature-256: <hex HMAC-SHA256 of the raw body>`. A webhook saved without a
 * secret sends the literal `no-secret-provided` instead, which must never pass as "present".
 * Cal.com sends no delivery id, so redeliveries are recognised by their body.
 * Source: cal.com packages/features/webhooks (createWebhookSignature) and its webhooks guide.
 */
import type { BodySignatureScheme } from './body-signature.ts';
import { bodyId } from './hmac.ts';

export const CALCOM: BodySignatureScheme = {
  header: 'X-Cal-Signature-256',
  prefix: '',
  unsignedValue: 'no-secret-provided',
  deliveryId: ({ rawBody }) => bodyId(rawBody),
};
