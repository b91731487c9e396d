import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.ts';
import { parseRecord } from './record.ts';
import { baseRecordInput, record } from '../../../../test/support/records.ts';

function errorsOf(patch: Record<string, unknown>): { path: string; message: string }[] {
  try {
    parseRecord({ ...baseRecordInput, ...patch });
  } catch (error) {
    if (error instanceof ValidationError) return error.errors;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
const paths = (patch: Record<string, unknown>) => errorsOf(patch).map((e) => e.path);

describe('the interview record', () => {
  it('fills endsAt one hour after startsAt, and makes the first contact primary', () => {
    const r = parseRecord({ ...baseRecordInput, interview: { startsAt: '2025-01-13T10:00:00-05:00' } });
    expect(r.interview.endsAt).toBe('2025-01-13T16:00:00.000Z');
    expect(r.contacts[0]!.primary).toBe(true);
  });

  it('keeps the contact marked primary', () => {
    const r = record({ contacts: [{ name: 'A B', relation: 'recruiter' }, { name: 'C D', relation: 'interviewer', primary: true }] });
    expect(r.contacts.map((c) => c.primary)).toEqual([false, true]);
  });

  it('accepts an empty contact list', () => {
    expect(record({ contacts: [] }).contacts).toEqual([]);
  });

  it('rejects an unknown time zone, naming candidate.timeZone', () => {
    expect(errorsOf({ candidate: { ...baseRecordInput.candidate, timeZone: 'Mars/Olympus_Mons' } })).toEqual([
      { path: 'candidate.timeZone', message: 'must be an IANA time zone, e.g. America/New_York' },
    ]);
    expect(paths({ candidate: { ...baseRecordInput.candidate, timeZone: '+05:00' } })).toEqual(['candidate.timeZone']);
  });

  it('rejects impossible dates and instants without an offset', () => {
    expect(paths({ decisionExpectedBy: '2025-02-30' })).toEqual(['decisionExpectedBy']);
    expect(paths({ interview: { startsAt: '2025-01-13T10:00:00' } })).toEqual(['interview.startsAt']);
  });

  it('rejects an end before the start and a decision date before the interview', () => {
    expect(paths({ interview: { startsAt: '2025-01-13T10:00:00Z', endsAt: '2025-01-13T09:00:00Z' } })).toEqual(['interview.endsAt']);
    expect(paths({ decisionExpectedBy: '2025-01-12' })).toEqual(['decisionExpectedBy']);
  });

  it('rejects out-of-range values, naming each field by its dotted path', () => {
    expect(
      paths({
        preferences: { maxFollowUps: 4, sendWindow: { start: '25:00', end: '17:00' } },
        company: { name: '', hiringPace: 'glacial' },
        contacts: [{ name: 'A B', relation: 'friend', email: 'nope' }],
      }).sort(),
    ).toEqual(['company.hiringPace', 'company.name', 'contacts.0.email', 'contacts.0.relation', 'preferences.maxFollowUps', 'preferences.sendWindow.start'].sort());
  });

  it('rejects unknown holiday calendars and a region without a country', () => {
    expect(paths({ company: { name: 'Acme', country: 'XX' } })).toEqual(['company.country']);
    expect(paths({ company: { name: 'Acme', country: 'US', region: 'ZZ' } })).toEqual(['company.region']);
    expect(paths({ company: { name: 'Acme', region: 'CA' } })).toEqual(['company.region']);
  });

  it('rejects a send window that ends before it starts, and two primary contacts', () => {
    expect(paths({ preferences: { sendWindow: { start: '17:00', end: '09:00' } } })).toEqual(['preferences.sendWindow.end']);
    expect(paths({ contacts: [{ name: 'A B', relation: 'hr', primary: true }, { name: 'C D', relation: 'hr', primary: true }] })).toEqual(['contacts']);
  });

  it('names missing required fields', () => {
    expect(paths({ role: undefined, candidate: undefined }).sort()).toEqual(['candidate', 'role']);
  });

  it('refuses unknown fields at every level, one error per key with its dotted path', () => {
    expect(errorsOf({ decisionExpectedby: '2025-01-24' })).toEqual([{ path: 'decisionExpectedby', message: 'is not a known field' }]);
    expect(
      paths({
        candidate: { ...baseRecordInput.candidate, phone: '555', tz: 'x' },
        contacts: [{ name: 'A B', relation: 'hr', linkedIn: 'https://x.example' }],
        notes: { answers: [{ concern: 'c', answer: 'a', note: 'n' }] },
        preferences: { sendWindow: { start: '09:00', end: '17:00', zone: 'x' } },
        interview: { ...baseRecordInput.interview, room: '4B' },
      }).sort(),
    ).toEqual(['candidate.phone', 'candidate.tz', 'contacts.0.linkedIn', 'interview.room', 'notes.answers.0.note', 'preferences.sendWindow.zone']);
  });

  it('refuses control characters and lone surrogates in text that reaches a header, naming the field', () => {
    for (const bad of ['Acme\r\nBcc: x@evil.example', 'Acme\nCorp', 'Ac\u0000me', 'Acme\u007f', 'Acme\u0085', 'Acme\u2028', 'Acme\tCorp', 'Acme \uD83D', '\uDE00 Acme']) {
      expect(paths({ company: { name: bad } })).toEqual(['company.name']);
      expect(paths({ role: bad })).toEqual(['role']);
      expect(paths({ contacts: [{ name: bad, relation: 'hr' }] })).toEqual(['contacts.0.name']);
      expect(paths({ externalId: bad })).toEqual(['externalId']);
      expect(paths({ notes: { topics: [bad] } })).toEqual(['notes.topics.0']);
    }
    expect(errorsOf({ role: 'Engineer\r\nX' })[0]!.message).toMatch(/control characters/);
    expect(errorsOf({ role: 'Engineer \uD83D' })[0]!.message).toMatch(/lone surrogate/);
  });

  it('keeps line breaks in a candidate\'s answer, but no other control character', () => {
    const answers = (answer: string) => ({ notes: { answers: [{ concern: 'no Go', answer }] } });
    expect(record(answers('I have:\n- shipped Go\r\n- read the book')).notes!.answers![0]!.answer).toContain('\n- shipped Go');
    expect(paths(answers('I have\u0000'))).toEqual(['notes.answers.0.answer']);
    expect(paths(answers('I have \uD83D'))).toEqual(['notes.answers.0.answer']);
  });

  it('caps an email address at 254 characters (RFC 5321; it is part of an index key)', () => {
    expect(paths({ candidate: { ...baseRecordInput.candidate, email: `${'a'.repeat(250)}@example.com` } })).toEqual(['candidate.email']);
  });

  it('accepts a link only as http(s) without quotes, spaces, angle brackets or controls, and not too long', () => {
    const contact = (linkedinUrl: string) => ({ contacts: [{ name: 'Dana Kim', relation: 'interviewer' as const, linkedinUrl }] });
    expect(record(contact('https://www.linkedin.com/in/dana-kim-ü')).contacts[0]!.linkedinUrl).toBe('https://www.linkedin.com/in/dana-kim-ü');
    for (const bad of ['https://x.example/a"b', "https://x.example/a'b", 'https://x.example/a b', 'https://x.example/<script>', 'https://x.example/\n', 'javascript:alert(1)', 'ftp://x.example/', 'https:x.example', 'https://x.example/\\', `https://x.example/${'a'.repeat(2100)}`, 'https://x.example/\uD83D']) {
      expect(paths(contact(bad))).toEqual(['contacts.0.linkedinUrl']);
      expect(paths({ company: { name: 'Acme', jobPostingUrl: bad } })).toEqual(['company.jobPostingUrl']);
    }
  });
});

