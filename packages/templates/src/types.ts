import type { MilestoneKind } from '@followup/core/planner';
import type { Contact } from '@followup/core/record';

/** Every draft the package writes: one per milestone kind, plus two the candidate asks for. */
export const DRAFT_KINDS = [
  'thank_you',
  'linkedin_connect',
  'handwritten_note',
  'follow_up_1',
  'follow_up_2',
  'other_contact_inquiry',
  'final_follow_up',
  'offer_reply',
  'feedback_request',
  'next_round_prep',
  'move_on',
  'correction',
] as const satisfies readonly (MilestoneKind | 'other_contact_inquiry' | 'correction')[];
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** Drafts written for the candidate's own eyes: no recipient, nothing to send. */
export const CANDIDATE_KINDS = ['next_round_prep', 'move_on'] as const satisfies readonly DraftKind[];

export function isCandidateKind(kind: DraftKind): boolean {
  return (CANDIDATE_KINDS as readonly DraftKind[]).includes(kind);
}

export type Channel = 'email' | 'linkedin' | 'letter';
export type Tone = 'formal' | 'casual';

export interface Recipient {
  name: string;
  email?: string;
  linkedinUrl?: string;
}

/** Where a finding is: character offsets into the draft's `subject` or `body`. */
export interface Span {
  field: 'subject' | 'body';
  start: number;
  end: number;
}

export type FindingRule =
  | 'placeholder'
  | 'generic'
  | 'spelling'
  | 'repeated_word'
  | 'exclamation'
  | 'pushy'
  | 'length'
  | 'wrong_name'
  | 'no_contact'
  | 'greeting'
  | 'preferred_name'
  | 'punctuation'
  | 'person'
  | 'repeated_frame'
  | 'subject_length'
  | 'legal_suffix'
  | 'article';

export interface Finding {
  rule: FindingRule;
  severity: 'error' | 'warning';
  message: string;
  span?: Span;
  /** Spelling only: the dictionary's nearest words. */
  suggestions?: string[];
}

export interface Draft {
  kind: DraftKind;
  /** How the text travels: email, a LinkedIn message or note, or a card the candidate posts. */
  channel: Channel;
  /** Absent for advice the candidate keeps (`next_round_prep`, `move_on`). */
  to?: Recipient;
  /** Emails only; LinkedIn messages and cards have none. */
  subject?: string;
  body: string;
  /** What the draft is about, for the reminder's subject line. */
  about: { company: string; role: string };
  findings: Finding[];
  /** How to send it, when the channel needs a word more ("this is also your connection request"). */
  note?: string;
  /** The candidate's IANA time zone, so the reminder shows every time in it. */
  timeZone?: string;
}

/** What the linter reads: a draft with or without its findings. */
export type DraftText = Pick<Draft, 'kind' | 'channel' | 'subject' | 'body'> & Partial<Pick<Draft, 'to'>>;

/** Everything a draft needs besides the record. All optional; none is read from the environment. */
export interface DraftContext {
  /** Epoch ms of "now": adds the year to dates from another year, tells whether a decision date has passed. */
  now?: number;
  /** `correction` only: the draft that carried the error, to name it ("my thank-you note"). */
  previousKind?: DraftKind;
  /** `correction` only (required there): what the earlier message said and what it should have said. */
  correction?: { wrong: string; right: string };
  /** Address the draft to this contact (matched by name) instead of the kind's usual recipient: a panel's other interviewers, the recruiter who arranged the interview. */
  to?: Pick<Contact, 'name'>;
  /** Earlier drafts of the same interview, so the proofreader flags a frame repeated from them; `draft` fills it for the follow-ups itself. */
  earlier?: readonly DraftText[];
}
