/**
 * Realistic records the tests draft from: one full record, and the variations the drafts
 * must handle (no contact, no notes, LinkedIn-only contact, casual culture, British candidate).
 */
import { parseRecord, type InterviewRecord, type InterviewRecordInput } from '@followup/core/record';

export const dana = {
  name: 'Dana Kim',
  email: 'dana.kim@acme.example',
  title: 'Engineering Manager',
  relation: 'hiring_manager',
  linkedinUrl: 'https://www.linkedin.com/in/dana-kim-example',
} as const;
const priya = { name: 'Priya Shah', email: 'priya.shah@acme.example', relation: 'recruiter' } as const;

export const fullInput = {
  candidate: { name: 'Jane Doe', email: 'jane.doe@example.com', timeZone: 'America/New_York', country: 'US' },
  company: { name: 'Acme Robotics', country: 'US', culture: 'formal', jobPostingUrl: 'https://jobs.example.com/acme/backend-42' },
  role: 'Senior Backend Engineer',
  interview: { startsAt: '2025-01-14T10:00:00-05:00', endsAt: '2025-01-14T11:00:00-05:00', format: 'video' },
  contacts: [dana, priya],
  notes: {
    topics: ['event-driven billing'],
    projects: ['the payments reconciliation rewrite'],
    skills: ['PostgreSQL performance tuning'],
    strengths: ['on-call leadership'],
    concerns: ['limited Kubernetes experience'],
    rapport: 'strong',
  },
  decisionExpectedBy: '2025-01-24',
} satisfies InterviewRecordInput;

/** The full record with some top-level fields replaced, parsed as the API would. */
export function recordWith(changes: Partial<InterviewRecordInput> = {}): InterviewRecord {
  return parseRecord({ ...fullInput, ...changes });
}

/** Named variations; every draft from every one of them must be free of `error` findings. */
export const RECORDS = {
  full: recordWith(),
  casual: recordWith({ company: { ...fullInput.company, culture: 'casual' } }),
  noContacts: recordWith({ contacts: [] }),
  noNotes: recordWith({ notes: undefined }),
  linkedinPreferred: recordWith({ contacts: [{ ...dana, preferredChannel: 'linkedin' }, priya] }),
  linkedinOnlyCasual: recordWith({
    company: { ...fullInput.company, culture: 'casual' },
    contacts: [{ name: 'Dana Kim', relation: 'interviewer', linkedinUrl: dana.linkedinUrl }],
  }),
  interviewerOnly: recordWith({ contacts: [{ name: 'Dana Kim', email: dana.email, relation: 'interviewer' }], decisionExpectedBy: undefined }),
  british: recordWith({
    candidate: { name: 'Oliver Hughes', email: 'oliver@example.co.uk', timeZone: 'Europe/London', country: 'GB' },
    company: { name: 'Brightwell', country: 'GB', culture: 'casual' },
    interview: { startsAt: '2025-03-04T14:00:00Z' },
    decisionExpectedBy: undefined,
  }),
} satisfies Record<string, InterviewRecord>;

/** The day after the interview, 09:00 in New York. */
export const NOW = Date.parse('2025-01-15T14:00:00Z');
