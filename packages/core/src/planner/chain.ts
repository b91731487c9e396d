/**
 * The status follow-ups and the move-on advice: a chain where each link counts from the one
 * before it (from the day the candidate sent it, where they said so).
 *
 *   follow_up_1 ──7d──▶ follow_up_2 ──14d──▶ final_follow_up ──7d──▶ move_on
 *        (pace or decision date)        (only when maxFollowUps is 3)
 */
import { nextBusinessDay } from '../calendar/business-days.ts';
import type { InterviewRecord } from '../record/record.ts';
import { plannableDayOf } from '../time/date-range.ts';
import { dayLabel, isoDateTime } from '../time/days.ts';
import type { PlanContext } from './context.ts';
import { STATUS_FOLLOW_UPS, type Milestone, type MilestoneKind } from './milestone.ts';
import { dueOnDay, localDay, notInPast, type Timing } from './timing.ts';

export type ChainKind = (typeof STATUS_FOLLOW_UPS)[number] | 'move_on';

/** How reasons name a milestone. */
export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  thank_you: 'the thank-you',
  linkedin_connect: 'the LinkedIn connection request',
  handwritten_note: 'the handwritten note',
  follow_up_1: 'follow-up 1',
  follow_up_2: 'follow-up 2',
  final_follow_up: 'the final follow-up',
  move_on: 'the move-on advice',
  offer_reply: 'the offer reply',
  next_round_prep: 'the next-round preparation',
  feedback_request: 'the feedback request',
};

/** The chain for each count of status follow-ups, made once. */
const CHAINS: Record<1 | 2 | 3, readonly ChainKind[]> = {
  1: [...STATUS_FOLLOW_UPS.slice(0, 1), 'move_on'],
  2: [...STATUS_FOLLOW_UPS.slice(0, 2), 'move_on'],
  3: [...STATUS_FOLLOW_UPS.slice(0, 3), 'move_on'],
};

/** The chain for a policy: 1 to 3 status follow-ups, then move_on. */
export function chainKinds(ctx: PlanContext): ChainKind[] {
  return [...chainOf(ctx)];
}

/** `chainKinds`, shared (never modify it). */
export function chainOf(ctx: PlanContext): readonly ChainKind[] {
  // A record's own count (`preferences.maxFollowUps`) is already capped at the tenant's limit.
  return CHAINS[ctx.policy.maxFollowUps];
}

/** The local day a milestone counts from: the day it was sent, where reported, else its due day. */
export function anchorDay(ctx: PlanContext, m: Milestone): number {
  return m.sentOn ? plannableDayOf(m.sentOn, 'on') : localDay(ctx, Date.parse(m.dueAt));
}

/** Each link's gap (follow_up_1 is never chained: it counts from the interview). */
const GAPS = { follow_up_1: 'moveOnDays', follow_up_2: 'secondFollowUpDays', final_follow_up: 'finalFollowUpDays', move_on: 'moveOnDays' } as const;

/** A chained link: `gap` days after the previous one (`from`: the day it counts from, when the caller knows it). */
export function chainedTiming(ctx: PlanContext, kind: ChainKind, previous: Milestone, from = anchorDay(ctx, previous)): Timing {
  const gap = GAPS[kind];
  const days = ctx.policy[gap];
  const what = previous.sentOn ? `you sent ${MILESTONE_LABELS[previous.kind]}` : MILESTONE_LABELS[previous.kind];
  const by = ctx.setBy(gap);
  const setting = by && `, ${by} gap before ${MILESTONE_LABELS[kind]}`;
  return notInPast(ctx, dueOnDay(ctx, from + days, `${days} days after ${what} (${dayLabel(from)})${setting}`));
}

/**
 * POLICY follow_up_1: the first business day after a promised decision date, else the interview
 * date + 7/10/14 days by hiring pace; never earlier than the first business day after the thank-you.
 */
export function firstFollowUpTiming(ctx: PlanContext, record: InterviewRecord, thankYouDay: number, decisionDate?: string): Timing {
  let timing: Timing;
  if (decisionDate) {
    const day = plannableDayOf(decisionDate, 'decisionExpectedBy');
    timing = dueOnDay(ctx, day + 1, `the day after the promised decision date (${dayLabel(day)})`);
  } else {
    // The context has its own record's start read already.
    const interviewDay = localDay(ctx, record === ctx.record ? ctx.startedAt : Date.parse(record.interview.startsAt));
    const pace = record.company.hiringPace ?? 'normal';
    const days = ctx.policy.paceDays[pace];
    const by = ctx.setBy('paceDays', pace);
    const setting = by && `, ${by} wait for a ${pace.replace('_', ' ')} hiring pace`;
    timing = dueOnDay(ctx, interviewDay + days, `${days} days after the interview (${dayLabel(interviewDay)})${setting}`);
  }
  const earliest = nextBusinessDay(ctx.calendar, thankYouDay + 1, ctx.closed);
  if (localDay(ctx, timing.at) < earliest) {
    const clamped = dueOnDay(ctx, thankYouDay + 1, `no earlier than the day after the thank-you (${dayLabel(thankYouDay)})`);
    timing = { ...clamped, reason: `${timing.reason}, too soon; ${clamped.reason}` };
  }
  return notInPast(ctx, timing);
}

export function scheduledMilestone(ctx: PlanContext, kind: MilestoneKind, timing: Timing, revision = 1): Milestone {
  return {
    kind,
    status: 'scheduled',
    dueAt: `${isoDateTime(timing.at)}.000Z`,
    localDueAt: ctx.clock.localIso(timing.at),
    reason: timing.reason,
    skippedDays: timing.skippedDays,
    revision,
  };
}

const FIRST_REVISION = () => 1;

/**
 * Plans the chain links after `previous`, in order; `revisionOf` gives each kind's next revision;
 * `from` is the day `previous` counts from, when the caller knows it.
 * @example followingLinks(ctx, followUp1, ['follow_up_2', 'move_on'])
 */
export function followingLinks(
  ctx: PlanContext,
  previous: Milestone,
  kinds: readonly ChainKind[],
  revisionOf: (kind: MilestoneKind) => number = FIRST_REVISION,
  from = anchorDay(ctx, previous),
): Milestone[] {
  const links: Milestone[] = [];
  for (const kind of kinds) {
    const timing = chainedTiming(ctx, kind, previous, from);
    previous = scheduledMilestone(ctx, kind, timing, revisionOf(kind));
    links.push(previous);
    // A just-planned link counts from its due day: no need to read its dueAt back.
    from = localDay(ctx, timing.at);
  }
  return links;
}
