import type { LifecycleEvent } from './event-schema.ts';
import type { InterviewRecord } from '../record/record.ts';
import type { Milestone, MilestoneKind } from '../planner/milestone.ts';
import type { PlanOptions } from '../planner/plan.ts';

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

/** An event of POLICY's "Events that change the plan" (its schema, with zod, is `event-schema.ts`). */
export type { LifecycleEvent } from './event-schema.ts';
export type LifecycleEventType = LifecycleEvent['type'];

/** What the outside world must do after a transition: create or delete one milestone's schedule. */
export type Command =
  | { type: 'schedule'; kind: MilestoneKind; revision: number; dueAt: string }
  | { type: 'cancel'; kind: MilestoneKind; revision: number };

/** What transitions plan with: `now` and the tenant's settings (see `PlanOptions`). */
export type TransitionOptions = PlanOptions;
