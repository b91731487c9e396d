import { describe, expect, it } from 'vitest';
import { checkEventDates, checkNow, checkRecordDates } from './bounds.ts';
import { record } from '../../../../test/support/records.ts';

const at = (iso: string) => Date.parse(iso);
// The base record's interview is Mon 13 Jan 2025, 10:00 New York.
const NOW = at('2025-01-13T16:30:00Z');

describe('record dates', () => {
  it('admits a real interview with a decision promised within 2 years', () => {
    expect(checkRecordDates(record({ decisionExpectedBy: '2027-01-13' }), NOW)).toEqual([]);
  });

  it.each(['9999-12-31', '9000-06-01', '2027-01-14'])('refuses a decision date of %s, more than 2 years after the interview', (decisionExpectedBy) => {
    expect(checkRecordDates(record({ decisionExpectedBy }), NOW)).toEqual([{ path: 'decisionExpectedBy', message: 'must be within 2 years of the interview' }]);
  });

  it('refuses a decision date that is not a four-digit date', () => {
    const r = { ...record(), decisionExpectedBy: '10000-01-01' };
    expect(checkRecordDates(r, NOW)).toEqual([{ path: 'decisionExpectedBy', message: 'must be within 2 years of the interview' }]);
  });

  it('admits an interview within 3 years of now, either side, and refuses one further', () => {
    const interview = (startsAt: string) => record({ interview: { startsAt, endsAt: undefined } });
    expect(checkRecordDates(interview('2028-01-13T10:00:00Z'), NOW)).toEqual([]);
    expect(checkRecordDates(interview('2022-01-14T10:00:00Z'), NOW)).toEqual([]);
    expect(checkRecordDates(interview('2028-01-14T10:00:00Z'), NOW)).toEqual([{ path: 'interview.startsAt', message: 'must be within 3 years of now' }]);
    expect(checkRecordDates(interview('9999-12-31T10:00:00Z'), NOW)).toEqual([{ path: 'interview.startsAt', message: 'must be within 3 years of now' }]);
  });

  it('refuses an interview that ends more than 2 years after it starts', () => {
    const r = record({ interview: { startsAt: '2025-01-13T10:00:00Z', endsAt: '9999-01-13T10:00:00Z' } });
    expect(checkRecordDates(r, NOW)).toEqual([{ path: 'interview.endsAt', message: 'must be within 2 years of the interview' }]);
  });

  it('names every offending field at once', () => {
    const r = { ...record({ interview: { startsAt: '9999-01-13T10:00:00Z', endsAt: '9999-01-13T11:00:00Z' } }), decisionExpectedBy: '2025-01-20' };
    expect(checkRecordDates(r, NOW).map((e) => e.path)).toEqual(['interview.startsAt', 'decisionExpectedBy']);
  });
});

describe('event dates', () => {
  const r = record();
  const NEAR = 'must be within 2 years of the interview';

  it('admits the dates of a real interview', () => {
    expect(checkEventDates({ type: 'snooze', kind: 'follow_up_1', until: '2025-02-01' }, r, NOW)).toEqual([]);
    expect(checkEventDates({ type: 'sent', kind: 'thank_you', on: '2025-01-14' }, r, NOW)).toEqual([]);
    expect(checkEventDates({ type: 'sent', kind: 'thank_you' }, r, NOW)).toEqual([]);
    expect(checkEventDates({ type: 'reply', decisionExpectedBy: '2025-03-01' }, r, NOW)).toEqual([]);
    expect(checkEventDates({ type: 'interview_moved', startsAt: '2025-01-20T10:00:00-05:00' }, r, NOW)).toEqual([]);
    expect(checkEventDates({ type: 'offer' }, r, NOW)).toEqual([]);
  });

  it('refuses a snooze, a sent date or a reply decision date years away, naming the field', () => {
    expect(checkEventDates({ type: 'snooze', kind: 'follow_up_1', until: '9999-12-31' }, r, NOW)).toEqual([{ path: 'until', message: NEAR }]);
    expect(checkEventDates({ type: 'sent', kind: 'thank_you', on: '2019-01-01' }, r, NOW)).toEqual([{ path: 'on', message: NEAR }]);
    expect(checkEventDates({ type: 'reply', decisionExpectedBy: '9999-12-31' }, r, NOW)).toEqual([{ path: 'decisionExpectedBy', message: NEAR }]);
  });

  it('refuses an interview moved years away', () => {
    expect(checkEventDates({ type: 'interview_moved', startsAt: '9999-12-30T10:00:00Z', endsAt: '9999-12-30T11:00:00Z' }, r, NOW)).toEqual([
      { path: 'startsAt', message: NEAR },
      { path: 'endsAt', message: NEAR },
    ]);
  });

  it('refuses a move within 2 years of the interview that leaves it more than 3 years from now', () => {
    const late = at('2029-01-10T12:00:00Z');
    expect(checkEventDates({ type: 'interview_moved', startsAt: '2025-06-01T10:00:00Z' }, r, late)).toEqual([{ path: 'startsAt', message: 'must be within 3 years of now' }]);
  });
});

describe('a query’s now', () => {
  const clock = at('2025-01-13T16:30:00Z');

  it('admits a now within 10 years of the real clock', () => {
    expect(checkNow(at('2035-01-13T16:30:00Z'), clock)).toEqual([]);
    expect(checkNow(at('2015-01-13T16:30:00Z'), clock)).toEqual([]);
  });

  it.each(['9999-12-31T23:59:59Z', '2035-01-13T16:30:01Z', '+010000-01-01T00:00:00Z'])('refuses %s', (now) => {
    expect(checkNow(at(now), clock)).toEqual([{ path: 'now', message: 'must be within 10 years of the current time' }]);
  });

  it('refuses a now that is not a number', () => {
    expect(checkNow(Number.NaN, clock)).toEqual([{ path: 'now', message: 'must be within 10 years of the current time' }]);
  });
});
