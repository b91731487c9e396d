/**
 * Standard Webhooks: `webhook-id`, `webhook-timestamp` (unix s) and `webhook-signature`, a
 * space-separated list of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the
 * base64-decoded part of a `whsec_` secret; 5 minutes of tolerance either way.
 * Source: standard-webhooks spec/standard-webhooks.md and its reference JavaScript library.
 */
import { header } from './headers.ts';
import { hmacSha256, safeEqual } from './hmac.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from './result.ts';

export const STANDARD_TOLERANCE_MS = 5 * 60_000;
export const STANDARD_SECRET_PREFIX = 'whsec_';

/**
 * Checks a Standard Webhooks delivery.
 * @example verifyStandard({ headers, rawBody, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now })
 */
export function verifyStandard(input: VerifyInput): VerifyResult {
  // Like the reference library, a secret without its `whsec_` prefix is taken as the bare base64.
  const encoded = input.secret.startsWith(STANDARD_SECRET_PREFIX) ? input.secret.slice(STANDARD_SECRET_PREFIX.length) : input.secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) return refuse('no_secret');
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signatures = header(input.headers, 'webhook-signature');
  if (!signatures) return refuse('missing_signature');
  if (!id || !timestamp || !/^\d+$/.test(timestamp)) return refuse('malformed_signature');
  if (!isFresh(Number(timestamp) * 1000, input.now, STANDARD_TOLERANCE_MS)) return refuse('stale');
  const expected = hmacSha256(key, id, '.', timestamp, '.', input.rawBody).toString('base64');
  // Several signatures arrive while a sender rotates its secret; any one v1 match is enough.
  const matches = signatures
    .split(' ')
    .map((entry) => entry.split(','))
    .some(([version, signature]) => version === 'v1' && signature !== undefined && safeEqual(signature, expected));
  return matches ? { ok: true, deliveryId: id } : refuse('bad_signature');
}
