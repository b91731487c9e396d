/**
 * Signs a body the way each provider does, for tests and benchmarks: the sender's side of
 * `verify`.
 */
import type { Provider } from '../../../packages/functions/src/webhooks/provider.ts';
import { hmacSha256 } from '../../../packages/functions/src/webhooks/signing/hmac.ts';
import { STANDARD_SECRET_PREFIX } from '../../../packages/functions/src/webhooks/providers/standard.ts';

export interface SignedDelivery {
  headers: Record<string, string>;
  rawBody: string;
}

const hex = (key: string, ...parts: string[]) => hmacSha256(key, ...parts).toString('hex');

/**
 * A delivery as `provider` would send `rawBody` at `now`, with event id `id` where the provider
 * sends one (default `evt_1`). Lever signs inside the body, so its body comes back with
 * `triggeredAt` and `signature` replaced (and `token` when `id` is given).
 * @example signDelivery('calendly', { rawBody, secret: 'key', now: Date.UTC(2025, 0, 1) })
 */
export function signDelivery(provider: Provider, options: { rawBody: string; secret: string; now: number; id?: string }): SignedDelivery {
  const { rawBody, secret, now, id = 'evt_1' } = options;
  const seconds = String(Math.floor(now / 1000));
  switch (provider) {
    case 'greenhouse':
      return { rawBody, headers: { Signature: `sha256 ${hex(secret, rawBody)}`, 'Greenhouse-Event-ID': id } };
    case 'ashby':
      return { rawBody, headers: { 'Ashby-Signature': `sha256=${hex(secret, rawBody)}` } };
    case 'calcom':
      return { rawBody, headers: { 'X-Cal-Signature-256': hex(secret, rawBody), 'X-Cal-Webhook-Version': '2021-10-20' } };
    case 'calendly':
      return { rawBody, headers: { 'Calendly-Webhook-Signature': `t=${seconds},v1=${hex(secret, seconds, '.', rawBody)}` } };
    case 'lever': {
      const body = JSON.parse(rawBody) as { token?: string };
      const token = options.id ?? body.token ?? id;
      const signature = hex(secret, token, String(now));
      return { rawBody: JSON.stringify({ ...body, token, triggeredAt: now, signature }), headers: {} };
    }
    case 'standard': {
      const key = Buffer.from(secret.slice(STANDARD_SECRET_PREFIX.length), 'base64');
      const signature = hmacSha256(key, id, '.', seconds, '.', rawBody).toString('base64');
      return { rawBody, headers: { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': `v1,${signature}` } };
    }
  }
}
