/**
 * Lever webhooks: `{ event, data, token, triggeredAt, signature }`. An opportunity is Lever's
 * application. An archive carries only a reason id, so every archive reads as a rejection; a
 * hire is archived too, but after an offer the lifecycle refuses a rejection (IllegalTransition),
 * which the route acknowledges without a change.
 */
import { z } from '@hono/zod-openapi';
import type { MatchKeys, WebhookAction } from '../action.ts';
import { envelope, id, present, validate } from './schemas.ts';

const opportunity = { opportunityId: id, candidateId: id.optional() };
const stageChange = z.looseObject({ data: z.looseObject(opportunity) });
const archiveChange = z.looseObject({ data: z.looseObject({ ...opportunity, toArchived: z.looseObject({}).nullish() }) });

const match = (data: { opportunityId: string; candidateId?: string }): MatchKeys =>
  present({ applicationId: data.opportunityId, candidateId: data.candidateId });

/**
 * A Lever delivery as a webhook action.
 * @example translateLever(JSON.parse(body)) // { action: 'event', match: { applicationId: '3410c8b9-…' }, event: { type: 'next_round' } }
 */
export function translateLever(json: unknown): WebhookAction {
  const { event } = validate(envelope('event'), json);
  switch (event) {
    case 'candidateStageChange':
      return { action: 'event', match: match(validate(stageChange, json).data), event: { type: 'next_round' } };
    case 'candidateArchiveChange': {
      const { data } = validate(archiveChange, json);
      return data.toArchived
        ? { action: 'event', match: match(data), event: { type: 'rejection' } }
        : { action: 'ignore', why: 'Lever opportunity unarchived' };
    }
    default:
      return { action: 'ignore', why: `Lever ${event} does not change a follow-up plan` };
  }
}
