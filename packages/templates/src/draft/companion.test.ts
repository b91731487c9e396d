import { describe, expect, it } from 'vitest';
import { NOW, RECORDS, recordWith } from '../../test/records.ts';
import { companionDraft } from './companion.ts';

describe('the further drafts of a reminder', () => {
  it("are follow-up 2's inquiry to the recruiter, where the record has one", () => {
    const [inquiry, ...rest] = companionDraft('follow_up_2', RECORDS.full, { now: NOW });
    expect(inquiry?.kind).toBe('other_contact_inquiry');
    expect(inquiry?.to?.name).toBe('Priya Shah');
    expect(rest).toEqual([]);
  });

  it('are none for other kinds, and none with follow-up 2 without a recruiter or HR contact', () => {
    expect(companionDraft('follow_up_1', RECORDS.full, { now: NOW })).toEqual([]);
    const noRecruiter = { ...RECORDS.full, contacts: RECORDS.full.contacts.filter((c) => c.relation !== 'recruiter' && c.relation !== 'hr') };
    expect(companionDraft('follow_up_2', noRecruiter, { now: NOW })).toEqual([]);
  });

  it('with the thank-you: each other interviewer of a panel gets one of their own, and the recruiter who arranged it a note', () => {
    const panel = recordWith({
      contacts: [
        { name: 'Priya Shah', email: 'priya@acme.example', relation: 'recruiter' },
        { name: 'Dana Kim', email: 'dana@acme.example', relation: 'hiring_manager' },
        { name: 'Raj Patel', email: 'raj@acme.example', relation: 'interviewer' },
        { name: 'Lena Ortiz', email: 'lena@acme.example', relation: 'interviewer' },
      ],
    });
    const extra = companionDraft('thank_you', panel, { now: NOW });
    expect(extra.map((d) => d.to?.name)).toEqual(['Raj Patel', 'Lena Ortiz', 'Priya Shah']);
    expect(extra.every((d) => d.kind === 'thank_you')).toBe(true);
    expect(extra[0]!.body).toMatch(/^Dear Raj,\n\nThank you for speaking with me on Tuesday, January 14, as part of my interview/);
    const arranged = extra[2]!;
    expect(arranged.body).toContain('Thank you for arranging my interview with Dana Kim, Raj Patel and Lena Ortiz for the Senior Backend Engineer position');
    expect(arranged.body).not.toContain('event-driven billing');
    expect(arranged.findings).toEqual([]);
  });
});
