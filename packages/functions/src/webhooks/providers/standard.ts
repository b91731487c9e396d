/**
 * followup's own payload for any sender that speaks Standard Webhooks:
 *
 * ```json
 * { "type": "interview.booked", "timestamp": "2025-01-14T15:00:00Z",
 *   "data": { "applicationId": "app_42", "candidate": { "name": "Ada", "email": "ada@example.com",
 *             "timeZone": "Europe/London" }, "interview": { "startsAt": "2025-01-14T10:00:00-05:00" } } }
 * ```
 *
 * `data` names the interview with any of `applicationId`, `candidateId`, `bookingId`,
 * `candidateEmail` (at least one; `jobId` may be added), plus per type:
 * | type | data also carries | action |
 * | --- | --- | --- |
 * | `interview.booked` | `interview { startsAt, endsAt? }`, optional `candidate`, `company`, `role`, `contacts` (record fields) | upsert_interview |
 * | `interview.moved` | `startsAt`, `endsAt?`, `newBookingId?` | interview_moved |
 * | `interview.cancelled` | – | withdrawn |
 * | `interview.ended` | `endsAt` | confirm_end |
 * | `application.offer` / `.rejected` / `.advanced` / `.withdrawn` | – | offer / rejection / next_round / withdrawn |
 * | `job.closed` | `jobId` (required, alone) | job_closed |
 * Any other `type` is acknowledged and ignored.
 */
import { candidateSchema, companySchema, contactSchema } from '@followup/core/record';
import { z } from '@hono/zod-openapi';
import type { LifecycleEvent } from '@followup/core/lifecycle';
import type { WebhookAction } from '../action.ts';
import { email, envelope, id, instant, present, validate } from './payload.ts';
import { header } from '../signing/headers.ts';
import { hmacSha256, safeEqual } from '../signing/hmac.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from '../signing/result.ts';
import type { ProviderModule } from '../provider.ts';

const keys = z.looseObject({
  applicationId: id.optional(),
  candidateId: id.optional(),
  bookingId: id.optional(),
  jobId: id.optional(),
  candidateEmail: email.optional(),
});
type Keys = z.output<typeof keys>;
const named = (k: Keys) => Boolean(k.applicationId ?? k.candidateId ?? k.bookingId ?? k.candidateEmail);

/** A `{ type, data }` body whose data extends the match keys with `shape`. */
const body = <S extends z.ZodRawShape>(shape: S) =>
  z.looseObject({
    data: keys.extend(shape).refine(named, { message: 'needs applicationId, candidateId, bookingId or candidateEmail' }),
  });

const booked = body({
  interview: z.object({ startsAt: instant, endsAt: instant.optional() }),
  candidate: candidateSchema.partial().optional(),
  company: companySchema.partial().optional(),
  role: z.string().trim().min(1).max(200).optional(),
  contacts: z.array(contactSchema).max(20).optional(),
});
const moved = body({ startsAt: instant, endsAt: instant.optional(), newBookingId: id.optional() });
const ended = body({ endsAt: instant });
const bare = body({});
const jobClosed = z.looseObject({ data: z.looseObject({ jobId: id }) });

const EVENTS: Record<string, LifecycleEvent> = {
  'interview.cancelled': { type: 'withdrawn' },
  'application.offer': { type: 'offer' },
  'application.rejected': { type: 'rejection' },
  'application.advanced': { type: 'next_round' },
  'application.withdrawn': { type: 'withdrawn' },
};

const matchOf = ({ applicationId, candidateId, bookingId, jobId, candidateEmail }: Keys) =>
  present({ applicationId, candidateId, bookingId, jobId, candidateEmail });

/**
 * A Standard Webhooks delivery in followup's payload as a webhook action.
 * @example translateStandard({ type: 'application.offer', data: { applicationId: 'app_42' } }) // { action: 'event', …, event: { type: 'offer' } }
 */
export function translateStandard(json: unknown): WebhookAction {
  const { type } = validate(envelope('type'), json);
  const event = EVENTS[type];
  if (event) return { action: 'event', match: matchOf(validate(bare, json).data), event };
  switch (type) {
    case 'interview.booked': {
      const { interview, candidate, company, role, contacts, ...k } = validate(booked, json).data;
      const match = matchOf({ candidateEmail: candidate?.email, ...k });
      return { action: 'upsert_interview', match, record: present({ interview, candidate, company, role, contacts }) };
    }
    case 'interview.moved': {
      const { startsAt, endsAt, newBookingId, ...k } = validate(moved, json).data;
      return { action: 'event', match: matchOf(k), event: present({ type: 'interview_moved' as const, startsAt, endsAt }), ...present({ newBookingId }) };
    }
    case 'interview.ended': {
      const { endsAt, ...k } = validate(ended, json).data;
      return { action: 'confirm_end', match: matchOf(k), endsAt };
    }
    case 'job.closed':
      return { action: 'job_closed', match: { jobId: validate(jobClosed, json).data.jobId } };
    default:
      return { action: 'ignore', why: `Standard Webhooks type ${type} is not one followup knows` };
  }
}

/*
 * Signature.
 * Standard Webhooks: `webhook-id`, `webhook-timestamp` (unix s) and `webhook-signature`, a
 * space-separated list of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the
 * base64-decoded part of a `whsec_` secret; 5 minutes of tolerance either way.
 * Source: standard-webhooks spec/standard-webhooks.md and its reference JavaScript library.
 */
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

/**
 * standard: verify, translate, and where its body names the event.
 * @example standard.verify({ headers, rawBody, secret, now })
 */
export const standard: ProviderModule = {
  name: 'standard',
  verify: verifyStandard,
  translate: translateStandard,
  eventField: 'type',
};
