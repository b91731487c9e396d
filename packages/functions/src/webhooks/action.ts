/**
 * What a verified delivery asks the store to do: a small union the webhook route carries out,
 * so no provider module ever touches the store or the lifecycle.
 */
import type { MatchKeys } from '@followup/core/interviews';
import type { LifecycleEvent } from '@followup/core/lifecycle';
import type { InterviewRecordInput } from '@followup/core/record';

export type { MatchKeys };


/**
 * The part of an interview record a payload knows. A calendar booking knows no company or
 * role; the endpoint's `defaults` fill those, and an existing record keeps what is absent here.
 */
export interface InterviewPatch {
  candidate?: Partial<InterviewRecordInput['candidate']>;
  interview: InterviewRecordInput['interview'];
  contacts?: InterviewRecordInput['contacts'];
  role?: string;
  company?: Partial<InterviewRecordInput['company']>;
}

export type WebhookAction =
  /** Interview booked (or re-sent): create the record, or update the one that matches. */
  | { action: 'upsert_interview'; match: MatchKeys; record: InterviewPatch }
  /**
   * A lifecycle event for the matching interview. `newBookingId`: the booking that replaces
   * `match.bookingId` after a reschedule, to keep on the record.
   */
  | { action: 'event'; match: MatchKeys; event: LifecycleEvent; newBookingId?: string }
  /** The posting closed: `posting_closed` for every active interview on that job. */
  | { action: 'job_closed'; match: { jobId: string } }
  /** The interview was held: its end time is now known for certain. */
  | { action: 'confirm_end'; match: MatchKeys; endsAt: string }
  /** Authentic but nothing followup acts on; `why` goes to the delivery log. */
  | { action: 'ignore'; why: string }
  /** The provider checking that the URL is live. */
  | { action: 'ping' };
