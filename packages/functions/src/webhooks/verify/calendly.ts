/**
 * Calendly: `Calendly-Webhook-Signature: t=<unix s>,v1=<hex>` where v1 is the HMAC-SHA256 of
 * `t + "." + raw body`, keyed with the webhook signing key; older than 3 minutes is a replay.
 * Calendly sends no delivery id, so redeliveries are recognised by their body.
 * Source: developer.calendly.com/api-docs/overview/webhooks/webhook-signatures.
 */
import { header } from './headers.ts';
import { bodyId, hmacSha256, safeEqual } from './hmac.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from './result.ts';

/** Calendly's own recommendation. */
export const CALENDLY_TOLERANCE_MS = 3 * 60_000;

/**
 * Checks a Calendly delivery.
 * @example verifyCalendly({ headers, rawBody, secret: signingKey, now: clock.now() })
 */
export function verifyCalendly(input: VerifyInput): VerifyResult {
  if (!input.secret) return refuse('no_secret');
  const value = header(input.headers, 'Calendly-Webhook-Signature');
  if (!value) return refuse('missing_signature');
  const parts = new Map<string, string>();
  for (const part of value.split(',')) {
    const [name = '', field = ''] = part.trim().split('=', 2);
    parts.set(name, field);
  }
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !/^\d+$/.test(t) || !v1) return refuse('malformed_signature');
  if (!isFresh(Number(t) * 1000, input.now, CALENDLY_TOLERANCE_MS)) return refuse('stale');
  const expected = hmacSha256(input.secret, t, '.', input.rawBody).toString('hex');
  if (!safeEqual(v1.toLowerCase(), expected)) return refuse('bad_signature');
  return { ok: true, deliveryId: bodyId(input.rawBody) };
}
