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
});
