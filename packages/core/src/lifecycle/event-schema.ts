/**
 * The schema of a lifecycle event, as the API, the action pages and the webhooks check it. Apart
 * from `types.ts`: the delivery functions apply events already checked and never load zod.
 */
import { z } from 'zod';
import { MILESTONE_KINDS } from '../planner/milestone.ts';

const localDate = z.iso.date({ message: 'must be a real date written YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset' });
const kind = z.enum(MILESTONE_KINDS);

/** Every event of POLICY's "Events that change the plan", as the API and webhooks send them; unknown fields are refused. */
export const lifecycleEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('offer') }),
  z.strictObject({ type: z.literal('next_round') }),
  z.strictObject({ type: z.literal('rejection') }),
  z.strictObject({ type: z.literal('reply'), decisionExpectedBy: localDate.optional() }),
  z.strictObject({ type: z.literal('posting_closed') }),
  z.strictObject({ type: z.literal('withdrawn') }),
  z.strictObject({ type: z.literal('stop') }),
  /** The candidate sent the draft; `on` is their local date, today when absent. */
  z.strictObject({ type: z.literal('sent'), kind, on: localDate.optional() }),
  z.strictObject({ type: z.literal('snooze'), kind, until: localDate }),
  z.strictObject({ type: z.literal('interview_moved'), startsAt: instant, endsAt: instant.optional() }),
]);
export type LifecycleEvent = z.infer<typeof lifecycleEventSchema>;
