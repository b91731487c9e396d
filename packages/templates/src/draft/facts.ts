/**
 * The facts one draft is written from: who it goes to, on which channel, in which tone, and
 * the specifics from the notes that make it personal. Templates read only this.
 */
import { attended, primaryContact, type Contact, type InterviewRecord } from '@followup/core/record';
import { DraftNotAvailable } from '../errors.ts';
import { isCandidateKind, type Channel, type DraftContext, type DraftKind, type Tone } from '../types.ts';
import { companyInText } from '@followup/core/company';
import { dayInWords, isoDateInWords, localDate, localeOf } from './dates.ts';
import { personName, type PersonName } from './person.ts';
import { brief, phrase, type Phrase } from './phrase.ts';
import { shortRole } from './subject.ts';

/** Something from the notes, with what it is: a topic discussed, a project, what the candidate brings. */
export interface Specific {
  type: 'topic' | 'project' | 'skill' | 'strength';
  phrase: Phrase;
}

export interface Facts {
  kind: DraftKind;
  tone: Tone;
  channel: Channel;
  /** LinkedIn messages and cards: fewer sentences, no contact line. */
  short: boolean;
  /** A thank-you that goes on LinkedIn (no email, or LinkedIn preferred): it is also the connection note (300 characters). */
  combined: boolean;
  candidate: { name: string; email: string };
  /** Who the draft is addressed to; absent when it goes to the hiring team or to the candidate. */
  contact?: Contact;
  /** How to name the recipient. */
  name?: PersonName;
  /** The recipient was in the conversation, so the draft may cite what was said. */
  wasThere: boolean;
  /** The primary contact, named by drafts that go to someone else. */
  interviewer?: Contact;
  /** Everyone who was in the conversation, primary first: "Dana Kim and Dr. Priya Raman". */
  attendees: Contact[];
  /** Interviewers besides the recipient: the recipient was one of a panel. */
  panel: boolean;
  /** The candidate writes British English (en-GB): "Dear Mr Hale", "organised". */
  british: boolean;
  /** The company as running text writes it, without its legal form. */
  company: string;
  role: string;
  /** The role up to its first comma or parenthesis, for subjects. */
  roleShort: string;
  /** The interview day in the candidate's words: "Tuesday, January 14". */
  date: string;
  /** "speaking with me" on the phone or video, "meeting with me" on site. */
  met: 'speaking' | 'meeting';
  decision?: { date: string; passed: boolean };
  topic?: Phrase;
  project?: Phrase;
  skill?: Phrase;
  strength?: Phrase;
  /** Every topic of the notes, brief: a panel's notes vary the topic from one panelist to the next. */
  topics: Phrase[];
  /** Every project of the notes, brief: what a note's "similar" may point to. */
  projects: Phrase[];
  /** The recipient's place among the attendees (0: the primary contact), or -1. */
  seat: number;
  concerns: Phrase[];
  /** The candidate's own answer to a concern: the only way a thank-you addresses one. */
  answer?: string;
  /** What this draft adds that the earlier drafts of the interview did not (POLICY: each follow-up adds value). */
  fresh?: Specific;
  jobPostingUrl?: string;
  context: DraftContext;
}

/** POLICY: a second contact (recruiter, HR) besides the primary one gets the inquiry. */
export function otherContact(record: InterviewRecord): Contact | undefined {
  const primary = primaryContact(record);
  return record.contacts.find((c) => c !== primary && (c.relation === 'recruiter' || c.relation === 'hr'));
}

function recipientOf(kind: DraftKind, record: InterviewRecord, context: DraftContext): Contact | undefined {
  if (isCandidateKind(kind)) return undefined;
  if (context.to) {
    const found = record.contacts.find((c) => c === context.to || c.name === context.to?.name);
    if (!found) throw new DraftNotAvailable(kind, `the record has no contact named ${context.to.name}`);
    return found;
  }
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
  if (!contact.linkedinUrl) return 'email';
  return contact.preferredChannel ?? (contact.email ? 'email' : 'linkedin');
}

/** Which note each follow-up brings, in order: the ones the thank-you did not use. */
function freshFor(kind: DraftKind, pool: Specific[]): Specific | undefined {
  const index = { follow_up_1: 0, follow_up_2: 1, final_follow_up: 2 }[kind as string];
  return index === undefined ? undefined : pool[index];
}

/** @example factsFor('thank_you', record, { now }).date // 'Tuesday, January 14' */
export function factsFor(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Facts {
  if (kind === 'correction' && !context.correction) throw new DraftNotAvailable(kind, 'context.correction ({ wrong, right }) is required');
  const contact = recipientOf(kind, record, context);
  const channel = channelOf(kind, contact);
  const { now } = context;
  const notes = record.notes;
  const decidedBy = record.decisionExpectedBy;
  const primary = primaryContact(record);
  // A recruiter who is the only contact held the conversation themselves (a phone screen).
  const present = record.contacts.filter((c) => attended(c));
  const attendees = (present.length || !primary ? present : [primary]).sort((a, b) => Number(b === primary) - Number(a === primary));
  const at = (list: readonly string[] | undefined, i: number) => (list?.[i] ? brief(phrase(list[i])) : undefined);
  const short = channel !== 'email';
  const item = (type: Specific['type'], p: Phrase | undefined): Specific[] => (p ? [{ type, phrase: p }] : []);
  // The thank-you cites the first topic, and the project on email; the follow-ups take the rest in
  // turn. A skill is often baseline for the role (SQL for an Analytics Engineer) and reads as
  // filler on its own, so a strength comes before it.
  const pool = [
    ...item('topic', at(notes?.topics, 1)),
    ...(short ? item('project', at(notes?.projects, 0)) : []),
    ...item('project', at(notes?.projects, 1)),
    ...item('strength', at(notes?.strengths, 0)),
    ...item('skill', at(notes?.skills, 0)),
    ...item('topic', at(notes?.topics, 2)),
    ...(short ? [] : item('project', at(notes?.projects, 0))),
  ];
  // The thank-you goes on LinkedIn (no email, or the contact prefers it): it is the connection
  // note too, so the two are one message rather than two that say the same thing.
  const thankYouOnLinkedin = (kind === 'thank_you' || kind === 'linkedin_connect') && channelOf('thank_you', contact) === 'linkedin';
  const combined = thankYouOnLinkedin && Boolean(contact?.linkedinUrl);
  return {
    kind,
    tone: record.company.culture ?? 'formal',
    channel,
    short,
    combined,
    candidate: { name: record.candidate.name, email: record.candidate.email },
    contact,
    name: contact && personName(contact),
    wasThere: contact ? attendees.includes(contact) : true,
    interviewer: primary,
    attendees,
    panel: attendees.filter((c) => c !== contact && (c.relation === 'interviewer' || c.relation === 'hiring_manager')).length > 0,
    british: localeOf(record) === 'en-GB',
    company: companyInText(record.company.name),
    role: record.role,
    roleShort: shortRole(record.role),
    date: dayInWords(record, Date.parse(record.interview.startsAt), now),
    met: record.interview.format === 'onsite' ? 'meeting' : 'speaking',
    decision: decidedBy
      ? { date: isoDateInWords(record, decidedBy, now), passed: now !== undefined && localDate(record, now) > decidedBy }
      : undefined,
    topic: at(notes?.topics, 0),
    project: at(notes?.projects, 0),
    skill: at(notes?.skills, 0),
    strength: at(notes?.strengths, 0),
    topics: (notes?.topics ?? []).map((t) => brief(phrase(t))),
    projects: (notes?.projects ?? []).map((t) => brief(phrase(t))),
    seat: contact ? attendees.indexOf(contact) : -1,
    concerns: (notes?.concerns ?? []).map(phrase),
    answer: notes?.answers?.[0]?.answer,
    fresh: freshFor(kind, pool),
    jobPostingUrl: record.company.jobPostingUrl,
    context,
  };
}
