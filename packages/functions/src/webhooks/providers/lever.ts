/**
 * Lever webhooks: `{ event, data, token, triggeredAt, signature }`. An opportunity is Lever's
 * application. An archive carries only a reason id, so every archive reads as a rejection; a
 * hire is archived too, but after an offer the lifecycle refuses a rejection (IllegalTransition),
 * which the route acknowledges without a change.
 */
import { z } from '@hono/zod-openapi';
import type { MatchKeys, WebhookAction } from '../action.ts';
import { envelope, id, present, validate } from './payload.ts';
import { hmacSha256, safeEqual } from '../signing/hmac.ts';
import { jsonField } from '../signing/json-field.ts';
import { isFresh, refuse, type VerifyInput, type VerifyResult } from '../signing/result.ts';
import type { ProviderModule } from '../provider.ts';

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

/*
 * Signature.
 * Lever: the body carries `token`, `triggeredAt` (ms) and `signature`, the hex HMAC-SHA256 of
 * `token + triggeredAt` keyed with the webhook's signature token. The body's `data` is NOT
 * signed, so a captured delivery could carry other data: the token is the delivery id (a reused
 * one is a replay) and `triggeredAt` must be recent.
 * Source: Lever developer documentation, "Webhooks" → "Verifying webhook signatures".
 */
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

/**
 * lever: verify, translate, and where its body names the event.
 * @example lever.verify({ headers, rawBody, secret, now })
 */
export const lever: ProviderModule = {
  name: 'lever',
  verify: verifyLever,
  translate: translateLever,
  eventField: 'event',
};
