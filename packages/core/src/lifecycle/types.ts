import { z } from 'zod';
import type { InterviewRecord } from '../record/record.ts';
import { MILESTONE_KINDS, type Milestone, type MilestoneKind } from '../planner/milestone.ts';
import type { FollowUpPolicy } from '../planner/policy.ts';

/**
 * Where an interview stands. Only `active` plans status follow-ups; the others carry at most
 * the one milestone their event planned (an offer reply, a feedback request …).
 */
export const INTERVIEW_STATUSES = {
  active: 'active',
  offer_received: 'offer_received',
  advanced: 'advanced',
  rejected: 'rejected',
  posting_closed: 'posting_closed',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
} as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[keyof typeof INTERVIEW_STATUSES];

export interface InterviewState {
  status: InterviewStatus;
  record: InterviewRecord;
  /** At most one per kind, in policy order. */
  milestones: Milestone[];
  /** Set when the candidate's address bounced or complained: no reminder goes to it again. */
  emailBlocked?: { reason: 'bounce' | 'complaint'; at: string };
  /** Contacts' addresses a delivery failure report named (inbound mail): drafts to them will not arrive. */
  undeliverableContacts?: { email: string; at: string }[];
}

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
export type LifecycleEventType = LifecycleEvent['type'];

/** What the outside world must do after a transition: create or delete one milestone's schedule. */
export type Command =
  | { type: 'schedule'; kind: MilestoneKind; revision: number; dueAt: string }
  | { type: 'cancel'; kind: MilestoneKind; revision: number };

export interface TransitionOptions {
  now: number;
  policy?: Partial<FollowUpPolicy>;
}
