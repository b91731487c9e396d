/**
 * Greenhouse Harvest web hooks: `{ action, payload }`. Each action has its own payload shape
 * (job_post_deleted wraps the post in `job_post`, job_post_updated sends it flat), so each is
 * validated on its own.
 */
import { z } from '@hono/zod-openapi';
import type { MatchKeys, WebhookAction } from '../action.ts';
import { email, envelope, id, present, validate } from './payload.ts';
import type { BodySignatureScheme } from '../signing/body-signature.ts';
import { header } from '../signing/headers.ts';
import { bodyId } from '../signing/hmac.ts';
import { verifyBodySignature } from '../signing/body-signature.ts';
import type { ProviderModule } from '../provider.ts';

const application = z.looseObject({
  id,
  candidate: z
    .looseObject({ id: id.optional(), email_addresses: z.array(z.looseObject({ value: email })).optional() })
    .optional(),
  jobs: z.array(z.looseObject({ id })).optional(),
});
const withApplication = z.looseObject({ payload: z.looseObject({ application }) });
const offer = z.looseObject({ payload: z.looseObject({ application_id: id, job_id: id.optional() }) });
const jobPostDeleted = z.looseObject({ payload: z.looseObject({ job_post: z.looseObject({ job_id: id }) }) });
const jobPostUpdated = z.looseObject({ payload: z.looseObject({ job_id: id, live: z.boolean() }) });
const jobUpdated = z.looseObject({ payload: z.looseObject({ job: z.looseObject({ id, status: z.string() }) }) });

function applicationMatch(json: unknown): MatchKeys {
  const app = validate(withApplication, json).payload.application;
  return present({
    applicationId: app.id,
    candidateId: app.candidate?.id,
    jobId: app.jobs?.[0]?.id,
    candidateEmail: app.candidate?.email_addresses?.[0]?.value,
  });
}

const closed = (jobId: string): WebhookAction => ({ action: 'job_closed', match: { jobId } });

/**
 * A Greenhouse delivery as a webhook action.
 * @example translateGreenhouse(JSON.parse(body)) // { action: 'event', match: { applicationId: '265293', … }, event: { type: 'rejection' } }
 */
export function translateGreenhouse(json: unknown): WebhookAction {
  const { action } = validate(envelope('action'), json);
  switch (action) {
    case 'ping':
      return { action: 'ping' };
    case 'offer_created': {
      const { payload } = validate(offer, json);
      return { action: 'event', match: present({ applicationId: payload.application_id, jobId: payload.job_id }), event: { type: 'offer' } };
    }
    case 'reject_candidate':
      return { action: 'event', match: applicationMatch(json), event: { type: 'rejection' } };
    case 'candidate_stage_change':
      return { action: 'event', match: applicationMatch(json), event: { type: 'next_round' } };
    case 'job_post_deleted':
      return closed(validate(jobPostDeleted, json).payload.job_post.job_id);
    case 'job_post_updated': {
      const { payload } = validate(jobPostUpdated, json);
      return payload.live ? { action: 'ignore', why: 'Greenhouse job post updated and still live' } : closed(payload.job_id);
    }
    case 'job_updated': {
      const { job } = validate(jobUpdated, json).payload;
      return job.status === 'closed' ? closed(job.id) : { action: 'ignore', why: `Greenhouse job updated, status ${job.status}` };
    }
    default:
      return { action: 'ignore', why: `Greenhouse ${action} does not change a follow-up plan` };
  }
}

/*
 * Signature.
 * Greenhouse: `Signature: sha256 <hex HMAC-SHA256 of the raw body>`, keyed with the web hook's
 * secret key; `Greenhouse-Event-ID` names the event, and its redeliveries share it.
 * Source: developers.greenhouse.io (Web Hooks → Authentication).
 */
export const GREENHOUSE: BodySignatureScheme = {
  header: 'Signature',
  prefix: 'sha256 ',
  deliveryId: ({ headers, rawBody }) => header(headers, 'Greenhouse-Event-ID') ?? bodyId(rawBody),
};

/**
 * greenhouse: verify, translate, and where its body names the event.
 * @example greenhouse.verify({ headers, rawBody, secret, now })
 */
export const greenhouse: ProviderModule = {
  name: 'greenhouse',
  verify: (input) => verifyBodySignature(GREENHOUSE, input),
  translate: translateGreenhouse,
  eventField: 'action',
  replayableBody: true,
};
