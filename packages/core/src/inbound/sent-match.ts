/**
 * Which milestone a copy of a sent message (the candidate's Bcc) is: POLICY `sent` "for the
 * milestone it matches". Only kinds whose draft goes by email can arrive this way.
 *
 *   1. the subject names it (a thank-you, the reply to an offer, a feedback request)
 *   2. else the reminder the candidate has most recently been sent (reminded / unconfirmed)
 *   3. else the earliest still scheduled: the candidate sent it before we reminded them
 */
import type { Milestone, MilestoneKind } from '../planner/milestone.ts';

const EMAILED: readonly MilestoneKind[] = ['thank_you', 'follow_up_1', 'follow_up_2', 'final_follow_up', 'offer_reply', 'feedback_request'];
/** What `sent` accepts (lifecycle: scheduled, sending, reminded, unconfirmed). */
const OPEN = new Set(['scheduled', 'sending', 'reminded', 'unconfirmed']);

const SUBJECT_HINTS: { kind: MilestoneKind; subject: RegExp }[] = [
  { kind: 'thank_you', subject: /\bthank(s| you)\b/i },
  { kind: 'offer_reply', subject: /\boffer\b/i },
  { kind: 'feedback_request', subject: /\bfeedback\b/i },
];

/**
 * @example sentMilestone(state.milestones, 'Thank you — Platform Engineer interview') // 'thank_you' (when it is open)
 */
export function sentMilestone(milestones: readonly Milestone[], subject: string): MilestoneKind | undefined {
  const open = milestones.filter((m) => EMAILED.includes(m.kind) && OPEN.has(m.status));
  const hinted = SUBJECT_HINTS.find((h) => h.subject.test(subject) && open.some((m) => m.kind === h.kind));
  if (hinted) return hinted.kind;
  const byDue = (a: Milestone, b: Milestone) => Date.parse(a.dueAt) - Date.parse(b.dueAt);
  const reminded = open.filter((m) => m.status !== 'scheduled').sort(byDue).at(-1);
  return (reminded ?? open.filter((m) => m.status === 'scheduled').sort(byDue)[0])?.kind;
}
