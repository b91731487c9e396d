/**
 * Calendly invitee events. The invitee is the candidate; the event's first host is the
 * interviewer. A reschedule arrives as two deliveries: `invitee.canceled` with `rescheduled:
 * true` for the old invitee, then `invitee.created` whose `old_invitee` names it.
 */
import { z } from '@hono/zod-openapi';
import type { WebhookAction } from '../action.ts';
import { email, envelope, instant, validate } from './payload.ts';
import { header } from '../signing/headers.ts';
import { bodyId, hmacSha256, safeEqual } from '../signing/hmac.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from '../signing/result.ts';
import type { ProviderModule } from '../provider.ts';

const invitee = z.looseObject({
  /** The invitee's URI: the booking id followup keeps. */
  uri: z.string().min(1),
  name: z.string().min(1),
  email,
  timezone: z.string().min(1).nullish(),
  rescheduled: z.boolean().nullish(),
  old_invitee: z.string().min(1).nullish(),
  scheduled_event: z.looseObject({
    start_time: instant,
    end_time: instant,
    event_memberships: z.array(z.looseObject({ user_name: z.string().min(1), user_email: email.optional() })).optional(),
  }),
});
const delivery = z.looseObject({ payload: invitee });
type Invitee = z.output<typeof invitee>;

function booked(i: Invitee): WebhookAction {
  const host = i.scheduled_event.event_memberships?.[0];
  return {
    action: 'upsert_interview',
    match: { bookingId: i.uri, candidateEmail: i.email },
    record: {
      candidate: { name: i.name, email: i.email, ...(i.timezone && { timeZone: i.timezone }) },
      interview: { startsAt: i.scheduled_event.start_time, endsAt: i.scheduled_event.end_time },
      ...(host && { contacts: [{ name: host.user_name, email: host.user_email, relation: 'interviewer' as const }] }),
    },
  };
}

/**
 * A Calendly delivery as a webhook action.
 * @example translateCalendly(JSON.parse(body)) // { action: 'upsert_interview', match: { bookingId: 'https://api.calendly.com/…', … }, … }
 */
export function translateCalendly(json: unknown): WebhookAction {
  const { event } = validate(envelope('event'), json);
  if (event !== 'invitee.created' && event !== 'invitee.canceled') {
    return { action: 'ignore', why: `Calendly ${event} does not change a follow-up plan` };
  }
  const i = validate(delivery, json).payload;
  if (event === 'invitee.created' && i.old_invitee) {
    return {
      action: 'event',
      match: { bookingId: i.old_invitee, candidateEmail: i.email },
      event: { type: 'interview_moved', startsAt: i.scheduled_event.start_time, endsAt: i.scheduled_event.end_time },
      newBookingId: i.uri,
    };
  }
  if (event === 'invitee.created') return booked(i);
  if (i.rescheduled) return { action: 'ignore', why: 'Calendly invitee rescheduled; the new booking moves the interview' };
  return { action: 'event', match: { bookingId: i.uri, candidateEmail: i.email }, event: { type: 'withdrawn' } };
}

/*
 * Signature.
 * Calendly: `Calendly-Webhook-Signature: t=<unix s>,v1=<hex>` where v1 is the HMAC-SHA256 of
 * `t + "." + raw body`, keyed with the webhook signing key; older than 3 minutes is a replay.
 * Calendly sends no delivery id, so redeliveries are recognised by their body.
 * Source: developer.calendly.com/api-docs/overview/webhooks/webhook-signatures.
 */
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

/**
 * calendly: verify, translate, and where its body names the event.
 * @example calendly.verify({ headers, rawBody, secret, now })
 */
export const calendly: ProviderModule = {
  name: 'calendly',
  verify: verifyCalendly,
  translate: translateCalendly,
  eventField: 'event',
};
