/**
 * The follow-up plan of one interview record: POLICY "Milestones after an interview".
 * Pure: the same record, `now` and policy always give the same plan.
 */
import { primaryContact } from '../record/contacts.ts';
import type { InterviewRecord } from '../record/record.ts';
import { clockLabel, dayLabel, dayOfWall } from '../time/days.ts';
import { DAY_MS, MINUTE_MS } from '../time/zone.ts';
import { chainOf, firstFollowUpTiming, followingLinks, scheduledMilestone } from './chain.ts';
import { planContext, type PlanContext, type TenantPlanning } from './context.ts';
import type { Milestone, MilestoneKind } from './milestone.ts';
import { localDay, notInPast, snap, type Timing } from './timing.ts';

const HOUR_MS = 3_600_000;

/** `now`, and what the tenant's settings bring (its own defaults, calendar, closures). */
export interface PlanOptions extends TenantPlanning {
  /** UTC ms: the moment the plan is made. Nothing is planned before it. */
  now: number;
}

/** `Tue 14 Jan 11:00`, the candidate's wall clock. */
function wallLabel(ctx: PlanContext, utcMs: number): string {
  const wall = ctx.clock.toWall(utcMs);
  const day = dayOfWall(wall);
  return `${dayLabel(day)} ${clockLabel(Math.floor((wall - day * DAY_MS) / MINUTE_MS))}`;
}

/**
 * POLICY "Late records": thank-you kinds are skipped, not sent late, once the interview is too
 * long ago. Returns the milestone and its due time (UTC ms), which the chain counts from.
 */
function thankYouKind(ctx: PlanContext, kind: MilestoneKind, timing: Timing, endedAt: number): { milestone: Milestone; at: number } {
  const tooLate = timing.at < ctx.now && ctx.now - endedAt > ctx.policy.tooLateDays * DAY_MS;
  if (!tooLate) {
    const due = notInPast(ctx, timing);
    return { milestone: scheduledMilestone(ctx, kind, due), at: due.at };
  }
  const by = ctx.setBy('tooLateDays');
  const milestone = scheduledMilestone(ctx, kind, timing);
  milestone.status = 'skipped';
  milestone.skipReason = 'too_late';
  milestone.reason = `${timing.reason}; skipped: more than ${ctx.policy.tooLateDays} days have passed since the interview ended${by && ` (${by} limit for late records)`}`;
  return { milestone, at: timing.at };
}

/** Whether any contact has a LinkedIn profile: many have none, and then no primary contact need be chosen. */
function hasLinkedIn(record: InterviewRecord): boolean {
  for (const contact of record.contacts) if (contact.linkedinUrl) return true;
  return false;
}

/**
 * The plan for a record, in policy order.
 * @example plan(parseRecord(body), { now: Date.now() }).map((m) => [m.kind, m.localDueAt])
 */
export function plan(record: InterviewRecord, options: PlanOptions): Milestone[] {
  const ctx = planContext(record, options);
  const endedAt = ctx.endedAt;
  const ended = `the interview ended (${wallLabel(ctx, endedAt)})`;
  const rapport = record.notes?.rapport === 'strong' ? 'strong' : 'neutral';
  const thankYouHours = ctx.policy.thankYouHours[rapport];
  const by = ctx.setBy('thankYouHours', rapport);
  const thankYouBasis = `${thankYouHours} hours after ${ended}${rapport === 'strong' ? ' with strong rapport' : ''}${by && `, ${by} thank-you delay`}`;
  const thankYouTiming = snap(ctx, endedAt + thankYouHours * HOUR_MS, thankYouBasis);

  const { milestone: thankYou, at: thankYouAt } = thankYouKind(ctx, 'thank_you', thankYouTiming, endedAt);
  const milestones: Milestone[] = [thankYou];
  if (ctx.policy.linkedin && hasLinkedIn(record) && primaryContact(record)?.linkedinUrl) {
    milestones.push({ ...thankYou, kind: 'linkedin_connect', reason: `with the thank-you: ${thankYou.reason}` });
  }
  if (ctx.policy.handwrittenNote) {
    const hours = ctx.policy.handwrittenNoteHours;
    const noteBy = ctx.setBy('handwrittenNoteHours');
    const basis = `${hours} hours after ${ended}${noteBy && `, ${noteBy} delay for handwritten notes`}`;
    milestones.push(thankYouKind(ctx, 'handwritten_note', snap(ctx, endedAt + hours * HOUR_MS, basis), endedAt).milestone);
  }

  const chain = chainOf(ctx);
  // POLICY: never earlier than the business day after the thank-you, counted from when it is actually due.
  const firstTiming = firstFollowUpTiming(ctx, record, localDay(ctx, thankYouAt), record.decisionExpectedBy);
  const followUp1 = scheduledMilestone(ctx, chain[0]!, firstTiming);
  milestones.push(followUp1);
  for (const link of followingLinks(ctx, followUp1, chain.slice(1), undefined, localDay(ctx, firstTiming.at))) milestones.push(link);
  return milestones;
}
