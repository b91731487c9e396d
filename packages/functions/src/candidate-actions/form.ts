/**
 * What a confirmed action does: the lifecycle event for a link and its form, and a dry run of
 * it, so a page can say "nothing to do" before anything is written.
 */
import { IllegalTransition } from '@followup/core/errors';
import { apply, lifecycleEventSchema, type InterviewState, type LifecycleEvent } from '@followup/core/lifecycle';
import type { ActionLink } from '@followup/core/links';
import { dayOfWall, isoDateOf } from '@followup/core/time';
import { utcToWall } from '@followup/core/time';

/** The form fields the pages send: `on` (I sent it), `decisionExpectedBy` (they replied: other). */
export type ActionForm = Partial<Record<'on' | 'decisionExpectedBy', string>>;

/**
 * The candidate's local date at `now`, YYYY-MM-DD.
 * @example candidateToday(state, Date.parse('2025-01-14T03:00:00Z')) // '2025-01-13' in New York
 */
export function candidateToday(state: InterviewState, now: number): string {
  return isoDateOf(dayOfWall(utcToWall(state.record.candidate.timeZone, now)));
}

/**
 * The lifecycle event for a link, or what is wrong with the form. Blank dates mean "none" (for
 * "sent": today).
 * `snoozeTo`: the date a snooze moves the milestone to (`snoozeUntil`, with the tenant's length).
 * @example eventFor(link, { on: '2025-01-14' }, '2025-01-15', '2025-01-17') // { event: { type: 'sent', kind: 'thank_you', on: '2025-01-14' } }
 */
export function eventFor(link: ActionLink, form: ActionForm, today: string, snoozeTo: string): { event: LifecycleEvent } | { error: string } {
  const on = form.on || undefined;
  const decisionExpectedBy = form.decisionExpectedBy || undefined;
  const event = ((): LifecycleEvent => {
    switch (link.action) {
      case 'sent': return { type: 'sent', kind: link.kind, on };
      case 'replied_offer': return { type: 'offer' };
      case 'replied_next_round': return { type: 'next_round' };
      case 'replied_rejection': return { type: 'rejection' };
      case 'replied_other': return { type: 'reply', decisionExpectedBy };
      case 'snooze': return { type: 'snooze', kind: link.kind, until: snoozeTo };
      case 'stop':
      case 'unsubscribe': return { type: 'stop' };
    }
  })();
  if (!lifecycleEventSchema.safeParse(event).success) return { error: 'Pick a date from the calendar (YYYY-MM-DD).' };
  if (on && on > today) return { error: 'That date is still to come: pick the day you sent it, today or earlier.' };
  if (decisionExpectedBy && decisionExpectedBy < today) return { error: 'That date has passed: pick today or a later day, or leave it empty.' };
  return { event };
}

/**
 * What `event` would do to the interview now, without storing anything: `illegal` when its state
 * does not allow it, `unchanged` when nothing the candidate sees would change (a second click on
 * "Snooze" or "They replied"), else `changes`.
 */
export function dryRun(state: InterviewState, event: LifecycleEvent, now: number): 'changes' | 'unchanged' | 'illegal' {
  try {
    const [next] = apply(state, event, { now });
    return visible(next) === visible(state) ? 'unchanged' : 'changes';
  } catch (error) {
    if (error instanceof IllegalTransition) return 'illegal';
    throw error;
  }
}

/** What the timeline shows; revisions and reasons are left out, as a re-planned but unmoved milestone is no change. */
function visible(state: InterviewState): string {
  return JSON.stringify([state.status, state.milestones.map((m) => [m.kind, m.status, m.dueAt, m.sentOn ?? null])]);
}
