import { describe, expect, it } from 'vitest';
import { NOW, RECORDS } from '../test-records.ts';
import { companionDraft } from './companion.ts';

describe('the companion draft of a reminder', () => {
  it("is follow-up 2's inquiry to the recruiter, where the record has one", () => {
    const inquiry = companionDraft('follow_up_2', RECORDS.full, { now: NOW });
    expect(inquiry?.kind).toBe('other_contact_inquiry');
    expect(inquiry?.to?.name).toBe('Priya Shah');
  });

  it('is absent for other kinds, and without a recruiter or HR contact', () => {
    expect(companionDraft('follow_up_1', RECORDS.full, { now: NOW })).toBeUndefined();
    const noRecruiter = { ...RECORDS.full, contacts: RECORDS.full.contacts.filter((c) => c.relation !== 'recruiter' && c.relation !== 'hr') };
    expect(companionDraft('follow_up_2', noRecruiter, { now: NOW })).toBeUndefined();
  });
});
