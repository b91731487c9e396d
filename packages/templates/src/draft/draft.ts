import type { InterviewRecord } from '@followup/core/record';
import { lint } from '../lint/lint.ts';
import { isCandidateKind, type Draft, type DraftContext, type DraftKind, type DraftText, type Finding, type Recipient } from '../types.ts';
import { factsFor, type Facts } from './facts.ts';
import { linkedinConnect } from './kinds/linkedin-connect.ts';
import { TEMPLATES } from './templates.ts';
import { assemble, greeting, isReply } from './voice.ts';

function recipient(f: Facts): Recipient | undefined {
  if (isCandidateKind(f.kind)) return undefined;
  const c = f.contact;
  if (!c) return { name: `${f.company} hiring team` };
  return { name: c.name, ...(c.email && { email: c.email }), ...(c.linkedinUrl && { linkedinUrl: c.linkedinUrl }) };
}

/** POLICY: with no contact known the draft goes to the hiring team, and says so. */
function noContactFinding(f: Facts, body: string): Finding[] {
  if (f.contact || isCandidateKind(f.kind)) return [];
  const start = body.indexOf(greeting(f));
  return [
    {
      rule: 'no_contact',
      severity: 'warning',
      message: isReply(f)
        ? `No contact is recorded, so this reply is addressed to the ${f.company} hiring team ("${greeting(f)}"). Send it as a reply to their message, and add the sender's name and email to the record to greet them by name.`
        : `No contact is recorded, so this is addressed to the ${f.company} hiring team. Add the interviewer's name and email to the record to make it personal.`,
      span: { field: 'body', start, end: start + greeting(f).length },
    },
  ];
}

/** A name written family name first cannot be split safely: the greeting uses the whole name until the record says what to call them. */
function preferredNameFinding(f: Facts, body: string): Finding[] {
  if (!f.name?.needsPreferredName) return [];
  const start = Math.max(0, body.indexOf(greeting(f)));
  return [
    {
      rule: 'preferred_name',
      severity: 'warning',
      message: `"${f.name.full}" may be written family name first, so the greeting uses the whole name as written ("${greeting(f)}") rather than guess which part they go by. Add contacts[].preferredName (the name they go by) to greet them by it.`,
      span: { field: 'body', start, end: start + greeting(f).length },
    },
  ];
}

/** The drafts of the same interview that come before a follow-up: what it must not repeat. */
const SEQUENCE: DraftKind[] = ['thank_you', 'follow_up_1', 'follow_up_2', 'final_follow_up'];

function earlierDrafts(kind: DraftKind, record: InterviewRecord, context: DraftContext): DraftText[] {
  if (context.earlier) return [...context.earlier];
  const index = SEQUENCE.indexOf(kind);
  if (index <= 0 || context.to) return [];
  return SEQUENCE.slice(0, index).map((k) => compose(k, record, { now: context.now }).text);
}

function compose(kind: DraftKind, record: InterviewRecord, context: DraftContext): { f: Facts; text: DraftText } {
  const f = factsFor(kind, record, context);
  // POLICY: without an email address (or when LinkedIn is the contact's channel), the LinkedIn thank-you and the connection note are one message.
  const template = f.combined ? linkedinConnect : TEMPLATES[kind];
  const { subject, body } = assemble(f, template[f.tone](f));
  const to = recipient(f);
  return { f, text: { kind, channel: f.channel, ...(to && { to }), ...(subject !== undefined && { subject }), body } };
}

/**
 * Writes one draft from the record, in the company's tone and the contact's channel, and
 * proofreads it: `findings` holds everything `lint` reports, plus a missing-contact warning.
 * `context.to` addresses it to another contact of the record (a panel's other interviewers, the
 * recruiter who arranged the interview). Throws `DraftNotAvailable` when the record cannot carry
 * the kind (no LinkedIn URL for `linkedin_connect`, no recruiter for `other_contact_inquiry`,
 * no `context.correction`, no contact named `context.to`).
 * @example
 * const d = draft('thank_you', parseRecord(input), { now: Date.parse('2025-01-15T14:00:00Z') });
 * d.subject  // 'Thank you for the Senior Backend Engineer interview'
 * d.findings // [] when the record names a contact and a topic
 */
export function draft(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Draft {
  const { f, text } = compose(kind, record, context);
  const earlier = earlierDrafts(kind, record, context);
  return {
    ...(text as DraftText & { subject?: string }),
    about: { company: record.company.name, role: f.role },
    findings: [...noContactFinding(f, text.body), ...preferredNameFinding(f, text.body), ...lint(text, record, { earlier })],
    ...(f.combined && {
      note:
        kind === 'thank_you'
          ? 'This thank-you is also your connection request: choose Connect, then "Add a note", and paste it (if you are already connected, send it as a message). Send it once.'
          : 'This is the same message as your LinkedIn thank-you; if you sent that, mark this one sent too.',
    }),
    timeZone: record.candidate.timeZone,
  };
}
