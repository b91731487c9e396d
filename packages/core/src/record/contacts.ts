/**
 * Who a record's drafts address, and who was in the conversation: pure helpers over a parsed
 * record, apart from its schema (`record.ts`) so that rendering and delivery never load zod.
 */
import type { Contact, InterviewRecord } from './record.ts';

/** Who the drafts address first, best first: POLICY's thank-you goes to someone who was in the conversation. */
const PRIMARY_ORDER: readonly Contact['relation'][] = ['hiring_manager', 'interviewer', 'other', 'hr', 'recruiter'];

export function choosePrimary<C extends Pick<Contact, 'primary' | 'relation'>>(contacts: readonly C[]): C | undefined {
  const marked = contacts.find((c) => c.primary);
  if (marked) return marked;
  for (const relation of PRIMARY_ORDER) {
    const found = contacts.find((c) => c.relation === relation);
    if (found) return found;
  }
  return undefined;
}

/**
 * The contact drafts are addressed to: the one marked `primary`, else the hiring manager, else an
 * interviewer, and a recruiter only last; none for an empty list.
 * @example primaryContact(parseRecord({ ...input, contacts: [recruiter, hiringManager] }))?.relation // 'hiring_manager'
 */
export function primaryContact(record: Pick<InterviewRecord, 'contacts'>): Contact | undefined {
  return choosePrimary(record.contacts);
}

/**
 * Whether a contact was in the conversation: `attended` when given, else true for interviewers
 * and hiring managers, false for recruiters, HR and others.
 * @example attended({ name: 'Priya Shah', relation: 'recruiter' }) // false
 */
export function attended(contact: Pick<Contact, 'attended' | 'relation'>): boolean {
  return contact.attended ?? (contact.relation === 'interviewer' || contact.relation === 'hiring_manager');
}
