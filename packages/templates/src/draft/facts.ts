/**
 * The facts one draft is written from: who it goes to, on which channel, in which tone, and
 * the specifics from the notes that make it personal. Templates read only this.
 */
import { primaryContact, type Contact, type InterviewRecord } from '@followup/core/record';
import { DraftNotAvailable } from '../errors.ts';
import { isCandidateKind, type Channel, type DraftContext, type DraftKind, type Tone } from '../types.ts';
import { dayInWords, isoDateInWords, localDate } from './dates.ts';

export interface Facts {
  kind: DraftKind;
  tone: Tone;
  channel: Channel;
  /** LinkedIn messages and cards: fewer sentences, no contact line. */
  short: boolean;
  candidate: { name: string; email: string };
  /** Who the draft is addressed to; absent when it goes to the hiring team or to the candidate. */
  contact?: Contact;
  /** The primary contact, named by drafts that go to someone else. */
  interviewer?: Contact;
  company: string;
  role: string;
  /** The interview day in the candidate's words: "Tuesday, January 14". */
  date: string;
  decision?: { date: string; passed: boolean };
  topic?: string;
  project?: string;
  skill?: string;
  strength?: string;
  concern?: string;
  jobPostingUrl?: string;
  context: DraftContext;
}

/** POLICY: a second contact (recruiter, HR) besides the primary one gets the inquiry. */
export function otherContact(record: InterviewRecord): Contact | undefined {
  const primary = primaryContact(record);
  return record.contacts.find((c) => c !== primary && (c.relation === 'recruiter' || c.relation === 'hr'));
}

function recipientOf(kind: DraftKind, record: InterviewRecord): Contact | undefined {
  if (isCandidateKind(kind)) return undefined;
  if (kind !== 'other_contact_inquiry') return primaryContact(record);
  const other = otherContact(record);
  if (!other) throw new DraftNotAvailable(kind, 'the record has no recruiter or HR contact besides the primary one');
  return other;
}

/** The guide: use the channel the contact prefers; without an email address, LinkedIn is the only way. */
function channelOf(kind: DraftKind, contact: Contact | undefined): Channel {
  if (kind === 'linkedin_connect') {
    if (!contact?.linkedinUrl) throw new DraftNotAvailable(kind, 'the primary contact has no LinkedIn URL');
    return 'linkedin';
  }
  if (kind === 'handwritten_note') return 'letter';
  if (isCandidateKind(kind) || !contact) return 'email';
  return contact.preferredChannel ?? (!contact.email && contact.linkedinUrl ? 'linkedin' : 'email');
}

/** @example factsFor('thank_you', record, { now }).date // 'Tuesday, January 14' */
export function factsFor(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Facts {
  if (kind === 'correction' && !context.correction) throw new DraftNotAvailable(kind, 'context.correction ({ wrong, right }) is required');
  const contact = recipientOf(kind, record);
  const channel = channelOf(kind, contact);
  const { now } = context;
  const notes = record.notes;
  const decidedBy = record.decisionExpectedBy;
  return {
    kind,
    tone: record.company.culture ?? 'formal',
    channel,
    short: channel !== 'email',
    candidate: { name: record.candidate.name, email: record.candidate.email },
    contact,
    interviewer: primaryContact(record),
    company: record.company.name,
    role: record.role,
    date: dayInWords(record, Date.parse(record.interview.startsAt), now),
    decision: decidedBy
      ? { date: isoDateInWords(record, decidedBy, now), passed: now !== undefined && localDate(record, now) > decidedBy }
      : undefined,
    topic: notes?.topics[0],
    project: notes?.projects[0],
    skill: notes?.skills[0],
    strength: notes?.strengths[0],
    concern: notes?.concerns[0],
    jobPostingUrl: record.company.jobPostingUrl,
    context,
  };
}
