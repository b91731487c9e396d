/**
 * Greenhouse: `Signature: sha256 <hex HMAC-SHA256 of the raw body>`, keyed with the web hook's
 * secret key; `Greenhouse-Event-ID` names the event, and its redeliveries share it.
 * Source: developers.greenhouse.io (Web Hooks → Authentication).
 */
import type { BodySignatureScheme } from './body-signature.ts';
import { header } from './headers.ts';
import { bodyId } from './hmac.ts';

export const GREENHOUSE: BodySignatureScheme = {
  header: 'Signature',
  prefix: 'sha256 ',
  deliveryId: ({ headers, rawBody }) => header(headers, 'Greenhouse-Event-ID') ?? bodyId(rawBody),
};
