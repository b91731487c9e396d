/**
 * The one-click links of a reminder: what they do is in the link, signed so that nobody can
 * change it, and they stop working after 30 days. Pure: the key and `now` come from the caller.
 *
 *   signed ──────────────── 30 days ────────────────▶ expiresAt
 *   ├──────────────────── valid ─────────────────────┤├── expired (expiresAt itself included)
 *
 * A token is `base64url(JSON of the link) "." base64url(HMAC-SHA256(key, the first part))`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MILESTONE_KINDS, type MilestoneKind } from '../planner/milestone.ts';
import { DAY_MS } from '../time/zone.ts';

/** What a candidate can do from a reminder (POLICY: "one-click actions"). */
export const LINK_ACTIONS = [
  'sent',
  'replied_offer',
  'replied_next_round',
  'replied_rejection',
  'replied_other',
  'snooze',
  'stop',
  'unsubscribe',
] as const;
export type LinkAction = (typeof LINK_ACTIONS)[number];

export interface ActionLink {
  tenantId: string;
  interviewId: string;
  kind: MilestoneKind;
  action: LinkAction;
  /** Epoch ms; the link is refused from this instant on. */
  expiresAt: number;
}

export type LinkRefusal = 'forged' | 'expired' | 'malformed';
export type LinkCheck = { ok: true; link: ActionLink } | { ok: false; reason: LinkRefusal };

/** How long a link works by default. */
export const LINK_TTL_MS = 30 * DAY_MS;

/** The payload of a genuine token, checked by hand (the milestone function signs links and carries no zod). */
function asLink(value: unknown): ActionLink | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { tenantId, interviewId, kind, action, expiresAt } = value as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (!text(tenantId) || !text(interviewId) || !Number.isInteger(expiresAt)) return undefined;
  if (!(MILESTONE_KINDS as readonly unknown[]).includes(kind) || !(LINK_ACTIONS as readonly unknown[]).includes(action)) return undefined;
  return { tenantId, interviewId, kind, action, expiresAt } as ActionLink;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const SIGNATURE_BYTES = 32;

/**
 * When a link signed at `now` stops working.
 * @example linkExpiry(Date.parse('2025-01-14T14:00:00Z')) // Date.parse('2025-02-13T14:00:00Z')
 */
export function linkExpiry(now: number, ttlMs: number = LINK_TTL_MS): number {
  return now + ttlMs;
}

/**
 * The URL-safe token for a link.
 * @example signLink({ tenantId: 'acme', interviewId: 'iv_1', kind: 'thank_you', action: 'sent', expiresAt: linkExpiry(clock.now()) }, config.linkKey)
 */
export function signLink(link: ActionLink, key: string | Buffer): string {
  const { tenantId, interviewId, kind, action, expiresAt } = link;
  const payload = Buffer.from(JSON.stringify({ tenantId, interviewId, kind, action, expiresAt })).toString('base64url');
  return `${payload}.${mac(payload, key).toString('base64url')}`;
}

/**
 * The link a token carries, or why it is refused. A forged or altered token is `forged` whatever
 * its expiry says; only a genuine one can be `expired`.
 * @example const check = verifyLink(token, config.linkKey, clock.now()); if (!check.ok) return page(check.reason)
 */
export function verifyLink(token: string, key: string | Buffer, now: number): LinkCheck {
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature || !SEGMENT.test(payload) || !SEGMENT.test(signature)) return refuse('malformed');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== SIGNATURE_BYTES) return refuse('malformed');
  if (!timingSafeEqual(given, mac(payload, key))) return refuse('forged');
  const link = asLink(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
  if (!link) return refuse('malformed');
  if (now >= link.expiresAt) return refuse('expired');
  return { ok: true, link };
}

function mac(payload: string, key: string | Buffer): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(reason: LinkRefusal): LinkCheck {
  return { ok: false, reason };
}
