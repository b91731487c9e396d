/**
 * Lever: the body carries `token`, `triggeredAt` (ms) and `signature`, the hex HMAC-SHA256 of
 * `token + triggeredAt` keyed with the webhook's signature token. The body's `data` is NOT
 * signed, so a captured delivery could carry other data: the token is the delivery id (a reused
 * one is a replay) and `triggeredAt` must be recent.
 * Source: Lever developer documentation, "Webhooks" → "Verifying webhook signatures".
 */
import { hmacSha256, safeEqual } from './hmac.ts';
import { jsonField } from './json-field.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from './result.ts';

/**
 * Lever publishes no tolerance. One hour leaves room for Lever's retries of a failed delivery
 * (they keep the original `triggeredAt`) while the delivery log, which remembers tokens for
 * 30 days, turns any replay inside the window into a no-op.
 */
export const LEVER_TOLERANCE_MS = 60 * 60_000;

/**
 * Checks a Lever delivery.
 * @example verifyLever({ headers: {}, rawBody, secret: signatureToken, now: clock.now() })
 */
export function verifyLever(input: VerifyInput): VerifyResult {
  if (!input.secret) return refuse('no_secret');
  const signature = jsonField(input.rawBody, 'signature');
  const token = jsonField(input.rawBody, 'token');
  const triggeredAt = jsonField(input.rawBody, 'triggeredAt');
  if (typeof signature !== 'string' || !signature) return refuse('missing_signature');
  if (typeof token !== 'string' || !token) return refuse('malformed_signature');
  const signedAt = String(triggeredAt);
  if (!/^\d+$/.test(signedAt)) return refuse('malformed_signature');
  if (!isFresh(Number(signedAt), input.now, LEVER_TOLERANCE_MS)) return refuse('stale');
  const expected = hmacSha256(input.secret, token, signedAt).toString('hex');
  if (!safeEqual(signature.toLowerCase(), expected)) return refuse('bad_signature');
  return { ok: true, deliveryId: token };
}
