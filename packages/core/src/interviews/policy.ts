/**
 * The rules the interview service applies around the lifecycle: which changes end reminders
 * (and so wait for a send in flight), how long a snooze lasts, and what "I sent it" means for
 * each kind. Pages, webhooks and routes read them from here; none keeps its own copy.
 */
import type { LifecycleEventType } from '../lifecycle/types.ts';
import type { MilestoneKind } from '../planner/milestone.ts';
import { DEFAULT_POLICY } from '../planner/policy.ts';
import { dayOf, isoDateOf } from '../time/days.ts';

/**
 * POLICY "Events that change the plan": after these are acknowledged no reminder may leave,
 * so they wait for a send already in flight. Erasing an interview waits the same way.
 */
export const STOPPING_EVENTS: ReadonlySet<LifecycleEventType> = new Set(['offer', 'next_round', 'rejection', 'reply', 'posting_closed', 'withdrawn', 'stop']);

/** POLICY `snooze` from a reminder's one-click button: the milestone moves this many days later, unless the tenant set its own. */
export const SNOOZE_DAYS = DEFAULT_POLICY.snoozeDays;

/**
 * The date a one-click snooze moves a milestone to.
 * @example snoozeUntil('2025-01-15') // '2025-01-17'
 * @example snoozeUntil('2025-01-15', 7) // '2025-01-22' (the tenant's snooze length)
 */
export function snoozeUntil(today: string, days = SNOOZE_DAYS): string {
  return isoDateOf(dayOf(today) + days);
}

/**
 * What `sent` means for each kind: the candidate sent the draft, or (advice with no draft to
 * send) is done with it.
 */
export const SENT_MEANS: Record<MilestoneKind, 'sent' | 'done'> = {
  thank_you: 'sent',
  linkedin_connect: 'sent',
  handwritten_note: 'sent',
  follow_up_1: 'sent',
  follow_up_2: 'sent',
  final_follow_up: 'sent',
  offer_reply: 'sent',
  feedback_request: 'sent',
  next_round_prep: 'done',
  move_on: 'done',
};

/** How long a change that ends reminders waits for a send in flight (real time) before the caller is asked to retry. */
export const SEND_WAIT_MS = 5_000;
/** Writes re-read and retry this often when another writer got there first. */
export const WRITE_ATTEMPTS = 10;
/** A schedule that could not be made is retried this often before the failure is surfaced. */
export const DISPATCH_ATTEMPTS = 3;
