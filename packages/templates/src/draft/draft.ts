import type { InterviewRecord } from '@followup/core/record';
import { lint } from '../lint/lint.ts';
import { isCandidateKind, type Draft, type DraftContext, type DraftKind, type Finding, type Recipient } from '../types.ts';
import { factsFor, type Facts } from './facts.ts';
import { TEMPLATES } from './templates.ts';
import { assemble, greeting } from './voice.ts';

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
      message: `No contact is recorded, so this is addressed to the ${f.company} hiring team. Add the interviewer's name and email to the record to make it personal.`,
      span: { field: 'body', start, end: start + greeting(f).length },
    },
  ];
}

/**
 * Writes one draft from the record, in the company's tone and the contact's channel, and
 * proofreads it: `findings` holds everything `lint` reports, plus a missing-contact warning.
 * Throws `DraftNotAvailable` when the record cannot carry the kind (no LinkedIn URL for
 * `linkedin_connect`, no recruiter for `other_contact_inquiry`, no `context.correction`).
 * @example
 * const d = draft('thank_you', parseRecord(input), { now: Date.parse('2025-01-15T14:00:00Z') });
 * d.subject  // 'Thank you for the Senior Backend Engineer interview'
 * d.findings // [] when the record names a contact and a topic
 */
export function draft(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Draft {
  const f = factsFor(kind, record, context);
  const { subject, body } = assemble(f, TEMPLATES[kind][f.tone](f));
  const to = recipient(f);
  const text = { kind, channel: f.channel, ...(to && { to }), ...(subject !== undefined && { subject }), body };
  return {
    ...text,
    about: { company: f.company, role: f.role },
    findings: [...noContactFinding(f, body), ...lint(text, record)],
  };
}
