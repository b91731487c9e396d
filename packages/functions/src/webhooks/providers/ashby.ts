/**
 * Ashby webhooks: `{ action, data, webhookActionId }`. An interview schedule names only its
 * application (and, on updates, its candidate), so its record patch is the interview's times:
 * the rest comes from the matched record or the endpoint's defaults.
 */
import { z } from '@hono/zod-openapi';
import type { MatchKeys, WebhookAction } from '../action.ts';
import { email, envelope, id, instant, present, validate } from './payload.ts';
import type { BodySignatureScheme } from '../signing/body-signature.ts';
import { bodyId } from '../signing/hmac.ts';
import { jsonField } from '../signing/json-field.ts';
import { verifyBodySignature } from '../signing/body-signature.ts';
import type { ProviderModule } from '../provider.ts';

const application = z.looseObject({
  id,
  status: z.string().optional(),
  candidate: z.looseObject({ id, primaryEmailAddress: z.looseObject({ value: email }).nullish() }),
  currentInterviewStage: z.looseObject({ type: z.string() }).nullish(),
  job: z.looseObject({ id }).nullish(),
});
const stageChange = z.looseObject({ data: z.looseObject({ application }) });

const schedule = z.looseObject({
  data: z.looseObject({
    interviewSchedule: z.looseObject({
      applicationId: id,
      candidateId: id.optional(),
      status: z.string(),
      interviewEvents: z.array(z.looseObject({ startTime: instant, endTime: instant })).default([]),
    }),
  }),
});
const offer = z.looseObject({ data: z.looseObject({ offer: z.looseObject({ applicationId: id }) }) });
const posting = z.looseObject({ data: z.looseObject({ jobPosting: z.looseObject({ jobId: id }) }) });

function stageChanged(json: unknown): WebhookAction {
  const app = validate(stageChange, json).data.application;
  const match: MatchKeys = present({
    applicationId: app.id,
    candidateId: app.candidate.id,
    jobId: app.job?.id,
    candidateEmail: app.candidate.primaryEmailAddress?.value,
  });
  const stage = app.currentInterviewStage?.type;
  if (app.status === 'Archived' || stage === 'Archived') return { action: 'event', match, event: { type: 'rejection' } };
  if (app.status === 'Hired' || stage === 'Hired') return { action: 'ignore', why: 'Ashby candidate hired; the offer already stopped the follow-ups' };
  return { action: 'event', match, event: { type: 'next_round' } };
}

function scheduleChanged(json: unknown): WebhookAction {
  const s = validate(schedule, json).data.interviewSchedule;
  const match = present({ applicationId: s.applicationId, candidateId: s.candidateId });
  // ISO instants in UTC compare as strings: the schedule spans its first start to its last end.
  const startsAt = s.interviewEvents.map((e) => e.startTime).sort()[0];
  const endsAt = s.interviewEvents.map((e) => e.endTime).sort().at(-1);
  if (s.status === 'Cancelled') return { action: 'event', match, event: { type: 'withdrawn' } };
  if (s.status === 'Complete' && endsAt) return { action: 'confirm_end', match, endsAt };
  if (s.status === 'Scheduled' && startsAt) return { action: 'upsert_interview', match, record: { interview: { startsAt, endsAt } } };
  return { action: 'ignore', why: `Ashby interview schedule ${s.status} has no interview time to act on` };
}

/**
 * An Ashby delivery as a webhook action.
 * @example translateAshby(JSON.parse(body)) // { action: 'event', match: { applicationId: 'app-9999-…', … }, event: { type: 'next_round' } }
 */
export function translateAshby(json: unknown): WebhookAction {
  const { action } = validate(envelope('action'), json);
  switch (action) {
    case 'ping':
      return { action: 'ping' };
    case 'candidateStageChange':
      return stageChanged(json);
    case 'interviewScheduleCreate':
    case 'interviewScheduleUpdate':
      return scheduleChanged(json);
    case 'offerCreate':
      return { action: 'event', match: { applicationId: validate(offer, json).data.offer.applicationId }, event: { type: 'offer' } };
    case 'jobPostingUnpublish':
      return { action: 'job_closed', match: { jobId: validate(posting, json).data.jobPosting.jobId } };
    default:
      return { action: 'ignore', why: `Ashby ${action} does not change a follow-up plan` };
  }
}

/*
 * Signature.
 * Ashby: `Ashby-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, keyed with the secret
 * token; the body's `webhookActionId` names the action, and its retries share it.
 * Source: developers.ashbyhq.com/docs/authenticating-webhooks.
 */
export const ASHBY: BodySignatureScheme = {
  header: 'Ashby-Signature',
  prefix: 'sha256=',
  deliveryId: ({ rawBody }) => {
    const id = jsonField(rawBody, 'webhookActionId');
    return typeof id === 'string' && id ? id : bodyId(rawBody);
  },
};

/**
 * ashby: verify, translate, and where its body names the event.
 * @example ashby.verify({ headers, rawBody, secret, now })
 */
export const ashby: ProviderModule = {
  name: 'ashby',
  verify: (input) => verifyBodySignature(ASHBY, input),
  translate: translateAshby,
  eventField: 'action',
};
