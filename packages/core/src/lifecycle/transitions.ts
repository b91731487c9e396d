/**
 * The one transition table: which events each interview status accepts. Anything else is an
 * `IllegalTransition`, never a silent no-op.
 */
import { INTERVIEW_STATUSES, type InterviewStatus, type LifecycleEventType } from './types.ts';

const { active, offer_received, advanced, rejected, posting_closed, withdrawn, stopped } = INTERVIEW_STATUSES;

/** The events each status accepts, and the status each moves to (`undefined`: stays). */
export const TRANSITIONS: Record<InterviewStatus, Partial<Record<LifecycleEventType, InterviewStatus | undefined>>> = {
  [active]: {
    offer: offer_received,
    next_round: advanced,
    rejection: rejected,
    reply: undefined,
    posting_closed,
    withdrawn,
    stop: stopped,
    sent: undefined,
    snooze: undefined,
    interview_moved: undefined,
  },
  // A next round is a new interview record; this one still hears an offer, a rejection or a closed posting.
  [advanced]: { offer: offer_received, rejection: rejected, posting_closed, withdrawn, stop: stopped, sent: undefined, snooze: undefined },
  [offer_received]: { withdrawn, stop: stopped, sent: undefined, snooze: undefined },
  [rejected]: { stop: stopped, sent: undefined, snooze: undefined },
  // Rejections and offers still arrive after a posting is taken down.
  [posting_closed]: { offer: offer_received, rejection: rejected, withdrawn, stop: stopped, sent: undefined, snooze: undefined },
  [withdrawn]: {},
  [stopped]: {},
};

/**
 * The status after `event`, or undefined when the event is not allowed in `status`.
 * @example nextStatus('active', 'offer') // { to: 'offer_received' }
 */
export function nextStatus(status: InterviewStatus, event: LifecycleEventType): { to: InterviewStatus } | undefined {
  const row = TRANSITIONS[status];
  if (!(event in row)) return undefined;
  return { to: row[event] ?? status };
}
