/**
 * What happens to a milestone while its reminder goes out. The store decides whether a send
 * happens: a fire is only a request to check, and `claim` is the check.
 *
 *   scheduled ──claim──▶ sending ──delivered──▶ reminded
 *                           ├──released (not sent, may be retried) ──▶ scheduled
 *                           │     └─ the MAX_SEND_ATTEMPTS-th time ──▶ failed
 *                           ├──failed (refused for good) ──▶ failed
 *                           └──unconfirmed (outcome unknown) ──▶ unconfirmed
 *                                 ├── the mail service's Send event ──▶ reminded
 *                                 └── none within RESEND_GRACE_MS ──claim again, once──▶ sending (resent)
 *
 * A claim older than CLAIM_LEASE_MS belongs to a send that died mid-way; the sweeper marks it
 * unconfirmed rather than sending again, since the email may have left.
 */
import { AlreadyClaimed, IllegalTransition } from '../errors/errors.ts';
import type { Milestone, MilestoneKind } from '../planner/milestone.ts';
import type { Command, InterviewState } from './types.ts';

export const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * An unconfirmed reminder with no Send event this long after is sent once more, marked as
 * possibly repeated: for a candidate one duplicate is better than a missing reminder (POLICY).
 */
export const RESEND_GRACE_MS = 15 * 60_000;

/** A milestone SES turned away this often (throttling, quotas) stops being retried: it ends `failed`. */
export const MAX_SEND_ATTEMPTS = 10;

/** Statuses in which nothing is sent any more. */
const ENDED = new Set(['withdrawn', 'stopped']);

function withMilestone(state: InterviewState, kind: MilestoneKind, change: (m: Milestone) => Milestone): InterviewState {
  return { ...state, milestones: state.milestones.map((m) => (m.kind === kind ? change(m) : m)) };
}

/**
 * Claims a due milestone for sending, or throws `AlreadyClaimed` when it is no longer to be
 * sent: already claimed or sent, re-planned (another revision), cancelled, not yet due, or the
 * interview ended or its address bounced.
 * @example claim(state, 'follow_up_1', 2, clock.now(), interview.id)
 */
export function claim(state: InterviewState, kind: MilestoneKind, revision: number, now: number, id = '', realNow = now, leaseMs = CLAIM_LEASE_MS): InterviewState {
  const m = state.milestones.find((x) => x.kind === kind);
  const claimable = m?.status === 'scheduled' && m.revision === revision && Date.parse(m.dueAt) <= now && !ENDED.has(state.status) && !state.emailBlocked;
  if (!claimable) throw new AlreadyClaimed(id, kind);
  // The lease is real time: a demo's faster clock must not end a send that is still going.
  const leaseUntil = new Date(realNow + leaseMs).toISOString();
  return withMilestone(state, kind, (x) => ({ ...x, status: 'sending', claimedAt: new Date(now).toISOString(), leaseUntil, deliveryError: undefined }));
}

/** When a claim's lease ends, in real time (claims made before leases were kept: claimedAt + the lease). */
function leaseEnd(m: Milestone): number {
  return Date.parse(m.leaseUntil ?? '') || Date.parse(m.claimedAt ?? '') + CLAIM_LEASE_MS;
}

/**
 * Claims an unconfirmed reminder for its one re-send, or throws `AlreadyClaimed`: confirmed
 * meanwhile, re-sent already, still within its grace, or the interview ended.
 * @example claimResend(state, 'thank_you', 1, clock.now(), interview.id)
 */
export function claimResend(state: InterviewState, kind: MilestoneKind, revision: number, now: number, id = '', realNow = now, leaseMs = CLAIM_LEASE_MS): InterviewState {
  const m = state.milestones.find((x) => x.kind === kind);
  if (!m || m.revision !== revision || !resendable(m, now) || ENDED.has(state.status) || state.emailBlocked) throw new AlreadyClaimed(id, kind);
  const leaseUntil = new Date(realNow + leaseMs).toISOString();
  return withMilestone(state, kind, (x) => ({ ...x, status: 'sending', resent: true, claimedAt: new Date(now).toISOString(), leaseUntil }));
}

/** An unconfirmed reminder due its one re-send. */
export function resendable(m: Milestone, now: number): boolean {
  return m.status === 'unconfirmed' && !m.resent && Date.parse(m.unconfirmedAt ?? '') + RESEND_GRACE_MS <= now;
}

/** The mail service reported the reminder sent (SES's Send event): an unknown outcome becomes known. */
export function confirmSent(state: InterviewState, kind: MilestoneKind, messageId: string): InterviewState {
  const m = state.milestones.find((x) => x.kind === kind);
  if (m?.status !== 'unconfirmed' && m?.status !== 'sending') return state;
  return withMilestone(state, kind, (x) => ({ ...x, status: 'reminded', messageId, claimedAt: undefined, leaseUntil: undefined, unconfirmedAt: undefined }));
}

/** Statuses a reminder can be sent again from by hand: it went out, may have, or failed. */
const RESENDABLE_BY_HAND = new Set(['reminded', 'unconfirmed', 'failed']);

/**
 * An integrator asks for a reminder again: it is scheduled now, at a new revision (so nothing
 * of its earlier send can claim it), with its attempts counted afresh.
 * @example const [next, commands] = resendByHand(state, 'thank_you', clock.now())
 */
export function resendByHand(state: InterviewState, kind: MilestoneKind, now: number): [InterviewState, Command[]] {
  const m = state.milestones.find((x) => x.kind === kind);
  if (!m) throw new IllegalTransition('resend', `the plan has no ${kind}`);
  if (!RESENDABLE_BY_HAND.has(m.status)) throw new IllegalTransition('resend', `${kind} is ${m.status}`);
  if (ENDED.has(state.status) || state.emailBlocked) throw new IllegalTransition('resend', state.emailBlocked ? "the candidate's address is blocked" : `the interview is ${state.status}`);
  const dueAt = new Date(now).toISOString();
  const next = withMilestone(state, kind, (x) => ({
    ...x, status: 'scheduled', dueAt, revision: x.revision + 1,
    sendAttempts: undefined, resent: undefined, unconfirmedAt: undefined, deliveryError: undefined, messageId: undefined,
  }));
  return [next, [{ type: 'schedule', kind, revision: m.revision + 1, dueAt }]];
}

function sending(state: InterviewState, kind: MilestoneKind, revision: number): boolean {
  const m = state.milestones.find((x) => x.kind === kind);
  return m?.status === 'sending' && m.revision === revision;
}

/** The reminder left: keep SES's message id. */
export function delivered(state: InterviewState, kind: MilestoneKind, revision: number, messageId: string): InterviewState {
  if (!sending(state, kind, revision)) return state;
  return withMilestone(state, kind, (m) => ({ ...m, status: 'reminded', messageId, claimedAt: undefined, leaseUntil: undefined, handedToMailAt: undefined }));
}

/** The reminder certainly did not leave: back to scheduled for the sweeper, until it has been turned away MAX_SEND_ATTEMPTS times. */
export function released(state: InterviewState, kind: MilestoneKind, revision: number, error: string): InterviewState {
  if (!sending(state, kind, revision)) return state;
  return withMilestone(state, kind, (m) => {
    const sendAttempts = (m.sendAttempts ?? 0) + 1;
    const status = sendAttempts >= MAX_SEND_ATTEMPTS ? 'failed' : 'scheduled';
    return { ...m, status, sendAttempts, claimedAt: undefined, leaseUntil: undefined, handedToMailAt: undefined, deliveryError: status === 'failed' ? `${error} (${sendAttempts} attempts)` : error };
  });
}

/** SES refused the reminder for good (message rejected, domain not verified …): the milestone ends `failed`, with the reason. */
export function failed(state: InterviewState, kind: MilestoneKind, revision: number, error: string): InterviewState {
  if (!sending(state, kind, revision)) return state;
  return withMilestone(state, kind, (m) => ({ ...m, status: 'failed', claimedAt: undefined, leaseUntil: undefined, handedToMailAt: undefined, deliveryError: error }));
}

/**
 * Nobody knows whether the reminder left: record it. A Send event confirms it; without one it
 * is sent once more after RESEND_GRACE_MS (`claimResend`), never more.
 */
export function unconfirmed(state: InterviewState, kind: MilestoneKind, revision: number, error: string, now: number): InterviewState {
  if (!sending(state, kind, revision)) return state;
  return withMilestone(state, kind, (m) => ({ ...m, status: 'unconfirmed', claimedAt: undefined, leaseUntil: undefined, handedToMailAt: undefined, unconfirmedAt: new Date(now).toISOString(), deliveryError: error }));
}

/**
 * A send in flight (claimed within the lease). Events that stop reminders wait for it, so no
 * email leaves after they are acknowledged.
 */
export function sendInFlight(state: InterviewState, realNow: number): boolean {
  return state.milestones.some((m) => m.status === 'sending' && realNow < leaseEnd(m));
}

/**
 * The last step before the mail service is called: from here on a send that dies may have
 * left, so its claim ends `unconfirmed`; before it, the claim is simply released.
 * @example handingToMail(state, 'thank_you', 1, realNow(clock))
 */
export function handingToMail(state: InterviewState, kind: MilestoneKind, revision: number, realNow: number): InterviewState {
  if (!sending(state, kind, revision)) return state;
  return withMilestone(state, kind, (m) => ({ ...m, handedToMailAt: new Date(realNow).toISOString() }));
}

/** Claims whose lease is over: the send died mid-way. */
export function abandonedClaims(state: InterviewState, realNow: number): Milestone[] {
  return state.milestones.filter((m) => m.status === 'sending' && !(realNow < leaseEnd(m)));
}

/**
 * The candidate's address bounced or complained: mark it, and cancel every reminder still to
 * come, since none can (or may) reach them. Already marked: unchanged.
 * @example blockEmail(state, 'bounce', clock.now())
 */
export function blockEmail(state: InterviewState, reason: 'bounce' | 'complaint', now: number): InterviewState {
  if (state.emailBlocked) return state;
  return {
    ...state,
    emailBlocked: { reason, at: new Date(now).toISOString() },
    milestones: state.milestones.map((m) => (m.status === 'scheduled' ? { ...m, status: 'cancelled' } : m)),
  };
}
