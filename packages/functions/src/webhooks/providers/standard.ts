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
import type { LifecycleEvent } from '@followup/core/lifecycle/types';
import type { WebhookAction } from '../action.ts';
import { email, envelope, id, instant, present, validate } from './schemas.ts';

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
