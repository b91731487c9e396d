/**
 * POLICY "Events that change the plan": `apply(state, event) → [next state, commands]`.
 * No I/O; the caller stores the state and carries out the commands.
 */
import { IllegalTransition } from '../errors/errors.ts';
import { anchorDay, chainKinds, chainedTiming, firstFollowUpTiming, scheduledMilestone, type ChainKind } from '../planner/chain.ts';
import { planContext, type PlanContext } from '../planner/context.ts';
import { STATUS_FOLLOW_UPS, THANK_YOU_KINDS, type Milestone, type MilestoneKind } from '../planner/milestone.ts';
import { plan } from '../planner/plan.ts';
import { dueOnDay, localDay, momentLabel, notInPast, snap } from '../planner/timing.ts';
import type { InterviewRecord } from '../record/record.ts';
import { dayLabel, dayOf, isoDateOf } from '../time/days.ts';
import { PlanChanges } from './changes.ts';
import { nextStatus } from './transitions.ts';
import type { Command, InterviewState, LifecycleEvent, TransitionOptions } from './types.ts';

const CHAIN_AFTER_REPLY: ReadonlySet<MilestoneKind> = new Set([...STATUS_FOLLOW_UPS, 'move_on']);
/** Kinds the planner makes from the record itself (the others come from events). */
const PLANNED_KINDS: ReadonlySet<MilestoneKind> = new Set([...THANK_YOU_KINDS, ...CHAIN_AFTER_REPLY]);

/**
 * The first state of an interview: its plan, every scheduled milestone to be scheduled.
 * @example const [state, commands] = start(record, { now: clock.now() })
 */
export function start(record: InterviewRecord, options: TransitionOptions): [InterviewState, Command[]] {
  const milestones = plan(record, options);
  const commands: Command[] = milestones
    .filter((m) => m.status === 'scheduled')
    .map((m) => ({ type: 'schedule', kind: m.kind, revision: m.revision, dueAt: m.dueAt }));
  return [{ status: 'active', record, milestones }, commands];
}

/**
 * Applies one event. Throws `IllegalTransition` when the state does not allow it.
 * @example apply(state, { type: 'offer' }, { now }) // cancels everything pending, plans the offer reply
 */
export function apply(state: InterviewState, event: LifecycleEvent, options: TransitionOptions): [InterviewState, Command[]] {
  const next = nextStatus(state.status, event.type);
  if (!next) throw new IllegalTransition(event.type, `the interview is ${state.status}`);
  const record = event.type === 'interview_moved' ? movedRecord(state.record, event)
    : event.type === 'reply' && event.decisionExpectedBy ? { ...state.record, decisionExpectedBy: event.decisionExpectedBy }
    : state.record;
  const ctx = planContext(record, options);
  const changes = new PlanChanges(state.milestones);
  const now = momentLabel(ctx, ctx.now);

  switch (event.type) {
    case 'offer':
      changes.cancel();
      changes.replace(scheduledMilestone(ctx, 'offer_reply', snap(ctx, ctx.now, `an offer arrived (${now})`), changes.revisionOf('offer_reply')));
      break;
    case 'next_round':
      changes.cancel((m) => CHAIN_AFTER_REPLY.has(m.kind));
      changes.replace(scheduledMilestone(ctx, 'next_round_prep', snap(ctx, ctx.now, `a next round was announced (${now})`), changes.revisionOf('next_round_prep')));
      break;
    case 'rejection': {
      changes.cancel();
      const today = localDay(ctx, ctx.now);
      const timing = dueOnDay(ctx, today + 1, `the day after the rejection (${dayLabel(today)})`);
      changes.replace(scheduledMilestone(ctx, 'feedback_request', timing, changes.revisionOf('feedback_request')));
      break;
    }
    case 'reply':
      changes.cancel((m) => CHAIN_AFTER_REPLY.has(m.kind));
      if (event.decisionExpectedBy) replanAfterReply(ctx, record, changes, event.decisionExpectedBy);
      break;
    case 'posting_closed':
      changes.cancel();
      changes.replace(scheduledMilestone(ctx, 'move_on', snap(ctx, ctx.now, `the job posting closed (${now})`), changes.revisionOf('move_on')));
      break;
    case 'withdrawn':
    case 'stop':
      changes.cancel();
      break;
    case 'sent':
      markSent(ctx, changes, event.kind, event.on ?? isoDateOf(localDay(ctx, ctx.now)));
      break;
    case 'snooze':
      snooze(ctx, changes, event.kind, event.until);
      break;
    case 'interview_moved':
      replanMoved(record, changes, options);
      break;
  }
  // What events do not touch (a blocked address, undeliverable contacts) stays.
  return [{ ...state, status: next.to, record, milestones: changes.milestones() }, changes.commands];
}

function movedRecord(record: InterviewRecord, event: { startsAt: string; endsAt?: string }): InterviewRecord {
  const length = Date.parse(record.interview.endsAt) - Date.parse(record.interview.startsAt);
  const endsAt = event.endsAt ?? new Date(Date.parse(event.startsAt) + length).toISOString();
  if (Date.parse(endsAt) < Date.parse(event.startsAt)) throw new IllegalTransition('interview_moved', 'endsAt is before startsAt');
  return { ...record, interview: { ...record.interview, startsAt: event.startsAt, endsAt } };
}

function milestoneOrThrow(changes: PlanChanges, event: string, kind: MilestoneKind): Milestone {
  const m = changes.get(kind);
  if (!m) throw new IllegalTransition(event, `the plan has no ${kind}`);
  return m;
}

/**
 * Re-plans an active interview's pending milestones after the tenant's settings or closures
 * changed. Each is placed again by the rule that placed it, counting from the milestones before
 * it as they now stand: a thank-you from the interview's end; follow-up 1 (or the first status
 * check after a reply's decision date) from the thank-you and the pace or the date; each later
 * link from the one before (from the day the candidate sent it, where they said). A snoozed
 * milestone keeps its date; a chain a reply cancelled stays cancelled. A milestone that lands
 * where it was keeps its schedule and revision, and takes only the new reason. The number of
 * status checks follows the settings: links past it are cancelled, missing ones are added.
 * @example const [state, commands] = replanForSettings(current, { ...tenantPlanning, now })
 */
export function replanForSettings(state: InterviewState, options: TransitionOptions): [InterviewState, Command[]] {
  if (state.status !== 'active') return [state, []];
  const { record } = state;
  const ctx = planContext(record, options);
  const changes = new PlanChanges(state.milestones);
  const place = (next: Milestone) => {
    const old = changes.get(next.kind);
    if (!old) changes.replace(next);
    else if (old.dueAt === next.dueAt && old.status === next.status) changes.amend({ ...old, reason: next.reason, skippedDays: next.skippedDays });
    else changes.replace({ ...next, revision: old.revision + 1 });
  };
  const pending = (kind: MilestoneKind) => {
    const m = changes.get(kind);
    return m === undefined || ((m.status === 'scheduled' || m.status === 'skipped') && m.placedBy !== 'snooze');
  };

  const fresh = plan(record, options);
  for (const kind of THANK_YOU_KINDS) {
    const planned = fresh.find((m) => m.kind === kind);
    const old = changes.get(kind);
    if (planned && (old ? pending(kind) : planned.status === 'scheduled')) place({ ...planned, revision: 1 });
    else if (!planned && old?.status === 'scheduled') changes.cancel((m) => m.kind === kind);
  }

  const chain = state.milestones.filter((m) => CHAIN_AFTER_REPLY.has(m.kind));
  if (chain.some((m) => m.status === 'cancelled')) return [{ ...state, milestones: changes.milestones() }, changes.commands];
  const kinds = chainKinds(ctx);
  changes.cancel((m) => CHAIN_AFTER_REPLY.has(m.kind) && !kinds.includes(m.kind as ChainKind));
  const thankYou = changes.get('thank_you');
  const thankYouDay = thankYou ? anchorDay(ctx, thankYou) : localDay(ctx, ctx.now);
  let previous: Milestone | undefined;
  for (const kind of kinds) {
    const old = changes.get(kind);
    if (pending(kind)) {
      const restart = old?.placedBy === 'decision_date';
      const timing = kind === kinds[0] || restart || !previous
        ? firstFollowUpTiming(ctx, record, thankYouDay, record.decisionExpectedBy)
        : chainedTiming(ctx, kind, previous);
      place({ ...scheduledMilestone(ctx, kind, timing, 1), ...(restart && { placedBy: 'decision_date' as const }) });
    }
    previous = changes.get(kind);
  }
  return [{ ...state, milestones: changes.milestones() }, changes.commands];
}

/** Re-plans every pending link after `from` in the chain, each from the one before it. */
function rechain(ctx: PlanContext, changes: PlanChanges, from: MilestoneKind): void {
  const kinds = chainKinds(ctx);
  const at = kinds.indexOf(from as ChainKind);
  if (at < 0) return; // the thank-you kinds start no chain
  let previous = changes.get(from);
  for (const kind of kinds.slice(at + 1)) {
    const current = changes.get(kind);
    if (!previous || !current) return;
    if (current.status === 'scheduled') {
      const moved = scheduledMilestone(ctx, kind, chainedTiming(ctx, kind, previous), current.revision + 1);
      if (moved.dueAt !== current.dueAt) changes.replace(moved);
    }
    previous = changes.get(kind);
  }
}

/**
 * POLICY `sent`: that milestone is done; later links count from the reported day. For advice
 * with no draft (move on, next-round preparation) it means the candidate is done with it.
 */
function markSent(ctx: PlanContext, changes: PlanChanges, kind: MilestoneKind, on: string): void {
  const m = milestoneOrThrow(changes, 'sent', kind);
  if (!['scheduled', 'sending', 'reminded', 'unconfirmed'].includes(m.status)) {
    throw new IllegalTransition('sent', `${kind} is ${m.status}`);
  }
  if (dayOf(on) > localDay(ctx, ctx.now)) throw new IllegalTransition('sent', `${on} is in the future`);
  changes.replace({ ...m, status: 'done', sentOn: on });
  rechain(ctx, changes, kind);
}

/** POLICY `snooze`: the milestone moves to the date; later links keep their gaps. */
function snooze(ctx: PlanContext, changes: PlanChanges, kind: MilestoneKind, until: string): void {
  const m = milestoneOrThrow(changes, 'snooze', kind);
  if (!['scheduled', 'reminded', 'unconfirmed'].includes(m.status)) throw new IllegalTransition('snooze', `${kind} is ${m.status}`);
  const day = dayOf(until);
  if (day < localDay(ctx, ctx.now)) throw new IllegalTransition('snooze', `${until} is in the past`);
  const timing = notInPast(ctx, dueOnDay(ctx, day, `snoozed until ${dayLabel(day)}`));
  changes.replace({ ...scheduledMilestone(ctx, kind, timing, m.revision + 1), placedBy: 'snooze' });
  rechain(ctx, changes, kind);
}

/** POLICY `reply` with a new decision date: re-plan the status checks left, keeping the count sent. */
function replanAfterReply(ctx: PlanContext, record: InterviewRecord, changes: PlanChanges, decisionDate: string): void {
  const kinds = chainKinds(ctx);
  const sent = kinds.filter((k) => k !== 'move_on' && ['sending', 'reminded', 'unconfirmed', 'done'].includes(changes.get(k)?.status ?? ''));
  const [first, ...rest] = kinds.slice(sent.length);
  const thankYou = changes.get('thank_you');
  const thankYouDay = thankYou ? anchorDay(ctx, thankYou) : localDay(ctx, ctx.now);
  let previous: Milestone = { ...scheduledMilestone(ctx, first!, firstFollowUpTiming(ctx, record, thankYouDay, decisionDate), changes.revisionOf(first!)), placedBy: 'decision_date' };
  changes.replace(previous);
  for (const kind of rest) {
    previous = scheduledMilestone(ctx, kind, chainedTiming(ctx, kind, previous), changes.revisionOf(kind));
    changes.replace(previous);
  }
}

/**
 * POLICY "interview moved": every milestone not yet reached is re-planned from the new time (or
 * the tenant's new settings). One that stays where it was keeps its schedule and revision, and
 * takes only the new reason.
 */
function replanMoved(record: InterviewRecord, changes: PlanChanges, options: TransitionOptions): void {
  const milestones = plan(record, options);
  // A kind the new record no longer plans (LinkedIn turned off, fewer follow-ups) is cancelled.
  const planned = new Set(milestones.map((m) => m.kind));
  changes.cancel((m) => PLANNED_KINDS.has(m.kind) && !planned.has(m.kind));
  for (const fresh of milestones) {
    const old = changes.get(fresh.kind);
    if (old && old.status !== 'scheduled' && old.status !== 'skipped') continue;
    if (old && old.status === fresh.status && old.dueAt === fresh.dueAt) changes.amend({ ...old, reason: fresh.reason, skippedDays: fresh.skippedDays });
    else changes.replace({ ...fresh, revision: changes.revisionOf(fresh.kind) });
  }
}
