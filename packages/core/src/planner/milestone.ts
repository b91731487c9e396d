/** The kinds of milestone, in the order they happen. */
export const MILESTONE_KINDS = [
  'thank_you',
  'linkedin_connect',
  'handwritten_note',
  'follow_up_1',
  'follow_up_2',
  'final_follow_up',
  'move_on',
  'offer_reply',
  'next_round_prep',
  'feedback_request',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Status checks sent to the employer; `maxFollowUps` counts these. */
export const STATUS_FOLLOW_UPS = ['follow_up_1', 'follow_up_2', 'final_follow_up'] as const satisfies readonly MilestoneKind[];
export type StatusFollowUp = (typeof STATUS_FOLLOW_UPS)[number];

/** Sent right after the interview; skipped rather than sent late. */
export const THANK_YOU_KINDS = ['thank_you', 'linkedin_connect', 'handwritten_note'] as const satisfies readonly MilestoneKind[];

/**
 * Where a milestone is in its life:
 *
 *   scheduled ──fires──▶ sending ──email accepted──▶ reminded ──candidate: "I sent it"──▶ done
 *       │                   ├──failed, outcome known──▶ scheduled (the sweeper retries)
 *       │                   └──outcome unknown──▶ unconfirmed (never re-sent on its own)
 *       ├──candidate: "I sent it" early──▶ done
 *       └──reply / offer / stop …──▶ cancelled
 *   skipped: planned but never due (too late when the record arrived)
 */
export const MILESTONE_STATUSES = ['scheduled', 'sending', 'reminded', 'unconfirmed', 'failed', 'done', 'skipped', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface SkippedDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** `weekend`, or the holiday with where it is kept: `Christmas Day (GB)`. */
  name: string;
}

export interface Milestone {
  kind: MilestoneKind;
  status: MilestoneStatus;
  /** UTC, ISO 8601. */
  dueAt: string;
  /** The same instant with the candidate's offset. */
  localDueAt: string;
  /** One line a person can read: the rule, every day skipped, the result. */
  reason: string;
  skippedDays: SkippedDay[];
  /** Why a `skipped` milestone is skipped. */
  skipReason?: 'too_late';
  /** Bumped whenever the milestone is re-planned, so a stale schedule cannot claim it. */
  revision: number;
  /**
   * What placed it, where no rule of the plan would place it again: the candidate snoozed it
   * (or an out-of-office moved it), or a reply's decision date restarted the status checks.
   * A re-plan for new settings keeps a snoozed date and counts such a restart from the date.
   */
  placedBy?: 'snooze' | 'decision_date';
  /** Local date the candidate reported sending the draft (event `sent`). */
  sentOn?: string;
  /** When the milestone function claimed it (UTC ISO), while `sending`. */
  claimedAt?: string;
  /** When the claim's lease ends, in real time (UTC ISO), while `sending`. */
  leaseUntil?: string;
  /** When (real time) the send reached its last step before calling the mail service. */
  handedToMailAt?: string;
  /** When the send's outcome became unknown (UTC ISO), while `unconfirmed`. */
  unconfirmedAt?: string;
  /** The one re-send of an unconfirmed reminder was made: never again. */
  resent?: true;
  /** SES message id of the reminder, once sent. */
  messageId?: string;
  /** Why the last send did not go out, or may not have (the SES error name). */
  deliveryError?: string;
  /** How often SES turned the reminder away (released it to be retried). */
  sendAttempts?: number;
}
