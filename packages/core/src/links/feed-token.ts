/**
 * A calendar feed's URL token: the tenant, the interview and an expiry, signed so that a calendar
 * app can poll the plan without an API key. Pure: the key and `now` come from the caller.
 *
 *   issued ─────────────── ttl (90 days by default) ───────────────▶ expiresAt
 *   ├─────────── the feed answers ────────────┤├── refused (re-issue the URL)
 *
 * Revocation is by expiry, by erasing the interview (the feed then answers 404), or, for every
 * feed at once, by rotating the link key. There is no per-URL revocation item: the API writes
 * nothing but through the interview service, and a feed reveals only the plan's dates and
 * reasons, so a bounded lifetime is the trade chosen (see README, "Subscribe a calendar").
 *
 * The MAC key is derived from the link key for this purpose alone, so a feed token is never an
 * action link and an action link is never a feed token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DAY_MS } from '../time/zone.ts';

export interface FeedGrant {
  tenantId: string;
  interviewId: string;
  /** Epoch ms; refused from this instant on. */
  expiresAt: number;
}

export type FeedCheck = { ok: true; grant: FeedGrant } | { ok: false; reason: 'forged' | 'expired' | 'malformed' };

/** How long a feed URL works by default. */
export const FEED_TTL_MS = 90 * DAY_MS;

const SEGMENT = /^[A-Za-z0-9_-]+$/;

const feedKey = (linkKey: string | Buffer) => createHmac('sha256', linkKey).update('followup calendar feed v1').digest();
const mac = (payload: string, linkKey: string | Buffer) => createHmac('sha256', feedKey(linkKey)).update(payload).digest();

/**
 * @example `${baseUrl}/feeds/${signFeed({ tenantId, interviewId, expiresAt: now + FEED_TTL_MS }, linkKey)}.ics`
 */
export function signFeed(grant: FeedGrant, linkKey: string | Buffer): string {
  const payload = Buffer.from(JSON.stringify({ p: 'feed', t: grant.tenantId, i: grant.interviewId, e: grant.expiresAt })).toString('base64url');
  return `${payload}.${mac(payload, linkKey).toString('base64url')}`;
}

/**
 * The grant a token carries, or why it is refused (a forged token is `forged` whatever its expiry says).
 * @example const check = verifyFeed(token, linkKey, clock.now()); if (!check.ok) return notFound()
 */
export function verifyFeed(token: string, linkKey: string | Buffer, now: number): FeedCheck {
  const [payload, signature, ...extra] = token.split('.');
  if (extra.length > 0 || !payload || !signature || !SEGMENT.test(payload) || !SEGMENT.test(signature)) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== 32) return { ok: false, reason: 'malformed' };
  if (!timingSafeEqual(given, mac(payload, linkKey))) return { ok: false, reason: 'forged' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const { p, t, i, e } = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (p !== 'feed' || !text(t) || !text(i) || !Number.isInteger(e)) return { ok: false, reason: 'malformed' };
  if (now >= (e as number)) return { ok: false, reason: 'expired' };
  return { ok: true, grant: { tenantId: t, interviewId: i, expiresAt: e as number } };
}
