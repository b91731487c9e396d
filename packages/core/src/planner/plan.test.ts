import { describe, expect, it } from 'vitest';
import { record } from '../../../../test/support/records.ts';
import { plan } from './plan.ts';
import type { Milestone } from './milestone.ts';

const at = (iso: string) => Date.parse(iso);
const byKind = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.kind, m]));
const due = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.kind, m.localDueAt]));

// Interview Mon 13 Jan 2025, 10:00–11:00 New York; plan made right after it.
const NOW = at('2025-01-13T16:30:00Z');

describe('the thank-you', () => {
  it('is due 48 hours after the interview ends, inside the send window', () => {
    const m = byKind(plan(record(), { now: NOW })).thank_you!;
    expect(m.localDueAt).toBe('2025-01-15T11:00:00-05:00');
    expect(m.dueAt).toBe('2025-01-15T16:00:00.000Z');
    expect(m.reason).toBe('48 hours after the interview ended (Mon 13 Jan 11:00): due Wed 15 Jan 11:00 EST');
  });

  it('is due after 24 hours when the candidate rated rapport strong', () => {
    const m = byKind(plan(record({ notes: { rapport: 'strong' } }), { now: NOW })).thank_you!;
    expect(m.localDueAt).toBe('2025-01-14T11:00:00-05:00');
    expect(m.reason).toContain('24 hours after the interview ended (Mon 13 Jan 11:00) with strong rapport');
  });

  it('moves from after the window to 09:00 of the next business day', () => {
    const r = record({ interview: { startsAt: '2025-01-13T17:00:00-05:00', endsAt: '2025-01-13T18:30:00-05:00' } });
    const m = byKind(plan(r, { now: NOW })).thank_you!;
    expect(m.localDueAt).toBe('2025-01-16T09:00:00-05:00');
    expect(m.reason).toBe('48 hours after the interview ended (Mon 13 Jan 18:30) is Wed 15 Jan 18:30, after the send window; due the next business day, Thu 16 Jan 09:00 EST');
  });

  it('moves from before the window to 09:00 the same day', () => {
    const r = record({ interview: { startsAt: '2025-01-13T07:00:00-05:00', endsAt: '2025-01-13T08:00:00-05:00' } });
    expect(byKind(plan(r, { now: NOW })).thank_you!.localDueAt).toBe('2025-01-15T09:00:00-05:00');
  });

  it('keeps a moment at exactly 09:00 and moves one at exactly 17:00 to the next business day', () => {
    const nine = record({ interview: { startsAt: '2025-01-13T08:00:00-05:00', endsAt: '2025-01-13T09:00:00-05:00' } });
    expect(byKind(plan(nine, { now: NOW })).thank_you!.localDueAt).toBe('2025-01-15T09:00:00-05:00');
    const five = record({ interview: { startsAt: '2025-01-13T16:00:00-05:00', endsAt: '2025-01-13T17:00:00-05:00' } });
    expect(byKind(plan(five, { now: NOW })).thank_you!.localDueAt).toBe('2025-01-16T09:00:00-05:00');
    const lastMinute = record({ interview: { startsAt: '2025-01-13T15:59:00-05:00', endsAt: '2025-01-13T16:59:00-05:00' } });
    expect(byKind(plan(lastMinute, { now: NOW })).thank_you!.localDueAt).toBe('2025-01-15T16:59:00-05:00');
  });

  it('skips the weekend after a Thursday interview, naming both days', () => {
    const r = record({ interview: { startsAt: '2025-01-16T10:00:00-05:00', endsAt: '2025-01-16T11:00:00-05:00' } });
    const m = byKind(plan(r, { now: at('2025-01-16T17:00:00Z') })).thank_you!;
    expect(m.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    expect(m.skippedDays).toEqual([
      { date: '2025-01-18', name: 'weekend' },
      { date: '2025-01-19', name: 'weekend' },
      { date: '2025-01-20', name: 'Martin Luther King Jr. Day (US)' },
    ]);
    expect(m.reason).toBe('48 hours after the interview ended (Thu 16 Jan 11:00) is Sat 18 Jan 11:00, weekend; Sun 19 Jan, weekend; Mon 20 Jan, Martin Luther King Jr. Day (US); due the next business day, Tue 21 Jan 09:00 EST');
  });

  it('uses a custom send window from the preferences', () => {
    const r = record({ preferences: { sendWindow: { start: '12:00', end: '14:00' } } });
    expect(byKind(plan(r, { now: NOW })).thank_you!.localDueAt).toBe('2025-01-15T12:00:00-05:00');
  });
});

describe('LinkedIn and handwritten notes', () => {
  it('plans the LinkedIn connection with the thank-you when the primary contact has a profile', () => {
    const r = record({ contacts: [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/mayachen' }] });
    const m = byKind(plan(r, { now: NOW }));
    expect(m.linkedin_connect!.dueAt).toBe(m.thank_you!.dueAt);
  });

  it('plans no LinkedIn connection without a profile, or when LinkedIn is turned off', () => {
    expect(byKind(plan(record(), { now: NOW })).linkedin_connect).toBeUndefined();
    const off = record({ contacts: [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/mayachen' }], preferences: { linkedin: false } });
    expect(byKind(plan(off, { now: NOW })).linkedin_connect).toBeUndefined();
  });

  it('plans a handwritten note 24 hours after the interview only when asked for', () => {
    expect(byKind(plan(record(), { now: NOW })).handwritten_note).toBeUndefined();
    const m = byKind(plan(record({ preferences: { handwrittenNote: true } }), { now: NOW })).handwritten_note!;
    expect(m.localDueAt).toBe('2025-01-14T11:00:00-05:00');
  });
});

describe('status follow-ups', () => {
  it('follows up 7 days after the interview, on the day after Martin Luther King Jr. Day', () => {
    const m = byKind(plan(record(), { now: NOW })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    expect(m.reason).toBe('7 days after the interview (Mon 13 Jan) is Mon 20 Jan, Martin Luther King Jr. Day (US); due the next business day, Tue 21 Jan 09:00 EST');
  });

  it.each([
    ['normal', '2025-01-21'],
    ['slow', '2025-01-23'],
    ['very_slow', '2025-01-27'],
  ] as const)('waits by hiring pace (%s)', (hiringPace, date) => {
    const m = byKind(plan(record({ company: { hiringPace } }), { now: NOW })).follow_up_1!;
    expect(m.localDueAt.slice(0, 10)).toBe(date);
  });

  it('follows up the business day after a promised decision date', () => {
    const m = byKind(plan(record({ decisionExpectedBy: '2025-01-24' }), { now: NOW })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-27T09:00:00-05:00');
    expect(m.reason).toBe('the day after the promised decision date (Fri 24 Jan) is Sat 25 Jan, weekend; Sun 26 Jan, weekend; due the next business day, Mon 27 Jan 09:00 EST');
  });

  it('never follows up before the business day after the thank-you', () => {
    const m = byKind(plan(record({ decisionExpectedBy: '2025-01-13' }), { now: NOW }));
    expect(m.thank_you!.localDueAt.slice(0, 10)).toBe('2025-01-15');
    expect(m.follow_up_1!.localDueAt).toBe('2025-01-16T09:00:00-05:00');
    expect(m.follow_up_1!.reason).toContain('no earlier than the day after the thank-you (Wed 15 Jan)');
  });

  it.each([
    [1, ['follow_up_1', 'move_on']],
    [2, ['follow_up_1', 'follow_up_2', 'move_on']],
    [3, ['follow_up_1', 'follow_up_2', 'final_follow_up', 'move_on']],
  ] as const)('plans %i status follow-up(s) then the advice to move on', (maxFollowUps, kinds) => {
    const milestones = plan(record({ preferences: { maxFollowUps } }), { now: NOW });
    expect(milestones.map((m) => m.kind)).toEqual(['thank_you', ...kinds]);
  });

  it('chains 7 days, 14 days, then 7 days to move on', () => {
    const d = due(plan(record({ preferences: { maxFollowUps: 3 } }), { now: NOW }));
    expect(d).toMatchObject({
      follow_up_1: '2025-01-21T09:00:00-05:00',
      follow_up_2: '2025-01-28T09:00:00-05:00',
      final_follow_up: '2025-02-11T09:00:00-05:00',
      move_on: '2025-02-18T09:00:00-05:00',
    });
  });

  it('takes the tenant policy, and lets the record override it', () => {
    const tenant = { maxFollowUps: 3 as const, paceDays: { normal: 5, slow: 10, very_slow: 14 } };
    const d = due(plan(record(), { now: NOW, policy: tenant }));
    expect(d.follow_up_1).toBe('2025-01-21T09:00:00-05:00'); // Sat 18 + weekend + MLK Day
    expect(d.final_follow_up).toBeDefined();
    expect(due(plan(record({ preferences: { maxFollowUps: 1 } }), { now: NOW, policy: tenant })).follow_up_2).toBeUndefined();
  });
});

describe('holidays of the company calendar', () => {
  const thanksgiving = (company: object, candidate: object = {}) =>
    record({
      candidate: { timeZone: 'America/Los_Angeles', country: 'US', ...candidate },
      company,
      interview: { startsAt: '2025-11-20T10:00:00-08:00', endsAt: '2025-11-20T11:00:00-08:00' },
    });

  it('moves a follow-up that falls on Thanksgiving to Friday, or to Monday in California', () => {
    const now = at('2025-11-20T20:00:00Z');
    expect(byKind(plan(thanksgiving({ country: 'US' }), { now })).follow_up_1!.localDueAt).toBe('2025-11-28T09:00:00-08:00');
    const ca = byKind(plan(thanksgiving({ country: 'US', region: 'CA' }), { now })).follow_up_1!;
    expect(ca.localDueAt).toBe('2025-12-01T09:00:00-08:00');
    expect(ca.skippedDays.map((d) => d.name)).toEqual(['Thanksgiving Day (US)', 'Day after Thanksgiving Day (US-CA)', 'weekend', 'weekend']);
  });

  it("defaults to the candidate's country when the company names none", () => {
    const now = at('2025-11-20T20:00:00Z');
    const m = byKind(plan(thanksgiving({ country: undefined }, { country: 'US', region: 'CA' }), { now })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-12-01T09:00:00-08:00');
  });

  it('skips only weekends when no country is known', () => {
    const r = record({ candidate: { country: undefined }, company: { country: undefined } });
    expect(byKind(plan(r, { now: NOW })).follow_up_1!.localDueAt).toBe('2025-01-20T09:00:00-05:00');
  });

  it('skips the Christmas holidays in the UK', () => {
    const london = record({
      candidate: { timeZone: 'Europe/London', country: 'GB' },
      company: { country: 'GB', region: 'ENG' },
      interview: { startsAt: '2025-12-18T10:00:00Z', endsAt: '2025-12-18T11:00:00Z' },
    });
    const m = byKind(plan(london, { now: at('2025-12-18T12:00:00Z') })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-12-29T09:00:00+00:00');
    expect(m.skippedDays.map((d) => d.name)).toEqual(['Christmas Day (GB)', 'Boxing Day (GB)', 'weekend', 'weekend']);
  });

  it('keeps 2 January as a holiday in Scotland but not in England', () => {
    const uk = (region: string) =>
      record({
        candidate: { timeZone: 'Europe/London', country: 'GB' },
        company: { country: 'GB', region },
        interview: { startsAt: '2025-12-22T10:00:00Z', endsAt: '2025-12-22T11:00:00Z' },
        decisionExpectedBy: '2025-12-31',
      });
    const now = at('2025-12-22T12:00:00Z');
    expect(byKind(plan(uk('ENG'), { now })).follow_up_1!.localDueAt).toBe('2026-01-02T09:00:00+00:00');
    const scotland = byKind(plan(uk('SCT'), { now })).follow_up_1!;
    expect(scotland.localDueAt).toBe('2026-01-05T09:00:00+00:00');
    expect(scotland.skippedDays.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(scotland.reason).toContain('Fri 2 Jan, January 2nd (GB-SCT)');
  });

  it('skips German regional holidays: Epiphany in Bavaria but not in Berlin', () => {
    const munich = (region: string) =>
      record({
        candidate: { timeZone: 'Europe/Berlin', country: 'DE' },
        company: { country: 'DE', region },
        interview: { startsAt: '2025-12-30T10:00:00+01:00', endsAt: '2025-12-30T11:00:00+01:00' },
      });
    const now = at('2025-12-30T12:00:00Z');
    expect(byKind(plan(munich('BY'), { now })).follow_up_1!.localDueAt).toBe('2026-01-07T09:00:00+01:00');
    expect(byKind(plan(munich('BE'), { now })).follow_up_1!.localDueAt).toBe('2026-01-06T09:00:00+01:00');
  });

  it("skips Japan's Golden Week", () => {
    const tokyo = record({
      candidate: { timeZone: 'Asia/Tokyo', country: 'JP' },
      company: { country: 'JP' },
      interview: { startsAt: '2025-04-28T10:00:00+09:00', endsAt: '2025-04-28T11:00:00+09:00' },
    });
    const m = byKind(plan(tokyo, { now: at('2025-04-28T03:00:00Z') }));
    expect(m.thank_you!.localDueAt).toBe('2025-04-30T11:00:00+09:00');
    expect(m.follow_up_1!.localDueAt).toBe('2025-05-07T09:00:00+09:00');
    expect(m.follow_up_1!.skippedDays.map((d) => d.date)).toEqual(['2025-05-05', '2025-05-06']);
  });
});

describe('daylight-saving changes', () => {
  it('keeps 09:00 at 09:00 across the US spring change', () => {
    const r = record({ interview: { startsAt: '2025-03-06T10:00:00-05:00', endsAt: '2025-03-06T11:00:00-05:00' } });
    const d = due(plan(r, { now: at('2025-03-06T17:00:00Z') }));
    expect(d.thank_you).toBe('2025-03-10T09:00:00-04:00'); // Sat 8 → Mon 10, after the 9 March change
    expect(d.follow_up_1).toBe('2025-03-13T09:00:00-04:00');
  });

  it('keeps 09:00 at 09:00 across the US autumn change', () => {
    const r = record({ interview: { startsAt: '2025-10-30T10:00:00-04:00', endsAt: '2025-10-30T11:00:00-04:00' } });
    const m = byKind(plan(r, { now: at('2025-10-30T16:00:00Z') }));
    expect(m.thank_you!.localDueAt).toBe('2025-11-03T09:00:00-05:00');
    expect(m.thank_you!.dueAt).toBe('2025-11-03T14:00:00.000Z');
    expect(m.thank_you!.reason).toContain('09:00 EST');
  });

  it('keeps 09:00 at 09:00 across the European spring and autumn changes', () => {
    const spring = record({
      candidate: { timeZone: 'Europe/Berlin', country: 'DE' },
      company: { country: 'DE' },
      interview: { startsAt: '2025-03-27T10:00:00+01:00', endsAt: '2025-03-27T11:00:00+01:00' },
    });
    expect(due(plan(spring, { now: at('2025-03-27T12:00:00Z') })).thank_you).toBe('2025-03-31T09:00:00+02:00');
    const autumn = record({
      candidate: { timeZone: 'Europe/London', country: 'GB' },
      company: { country: 'GB' },
      interview: { startsAt: '2025-10-23T10:00:00+01:00', endsAt: '2025-10-23T11:00:00+01:00' },
    });
    const d = due(plan(autumn, { now: at('2025-10-23T12:00:00Z') }));
    expect(d.thank_you).toBe('2025-10-27T09:00:00+00:00');
    expect(d.follow_up_1).toBe('2025-10-30T09:00:00+00:00');
  });

  it('counts 48 hours as elapsed time across a change, then snaps in local time', () => {
    // Fri 7 Mar 16:00 EST + 48 h = Sun 9 Mar 17:00 EDT (one wall hour gained): a weekend, so Mon 09:00 EDT.
    const r = record({ interview: { startsAt: '2025-03-07T15:00:00-05:00', endsAt: '2025-03-07T16:00:00-05:00' } });
    const m = byKind(plan(r, { now: at('2025-03-07T22:00:00Z') })).thank_you!;
    expect(m.reason).toContain('is Sun 9 Mar 17:00, weekend');
    expect(m.localDueAt).toBe('2025-03-10T09:00:00-04:00');
  });
});

describe('late records', () => {
  it('makes a passed follow-up due now, snapped, and chains the next from it', () => {
    const d = byKind(plan(record(), { now: at('2025-01-22T20:30:00Z') })); // Wed 22 Jan 15:30 EST
    expect(d.follow_up_1!.localDueAt).toBe('2025-01-22T15:30:00-05:00');
    expect(d.follow_up_1!.reason).toContain('that has passed, so from now (Wed 22 Jan 15:30 EST): due Wed 22 Jan 15:30 EST');
    expect(d.follow_up_2!.localDueAt).toBe('2025-01-29T09:00:00-05:00');
  });

  it('plans follow-up 1 no earlier than the business day after a late thank-you', () => {
    // Decision promised for Tue 14 Jan; the record arrives Thu 16 Jan 12:00, so the thank-you is due now.
    const d = byKind(plan(record({ decisionExpectedBy: '2025-01-14' }), { now: at('2025-01-16T17:00:00Z') }));
    expect(d.thank_you!.localDueAt).toBe('2025-01-16T12:00:00-05:00');
    expect(d.follow_up_1!.localDueAt).toBe('2025-01-17T09:00:00-05:00');
  });

  it('sends a passed thank-you now within 5 days of the interview', () => {
    const m = byKind(plan(record(), { now: at('2025-01-17T23:00:00Z') })).thank_you!; // Fri 18:00, after the window
    expect(m.status).toBe('scheduled');
    expect(m.localDueAt).toBe('2025-01-21T09:00:00-05:00');
  });

  it('skips the thank-you kinds as too late once more than 5 days have passed', () => {
    const r = record({
      contacts: [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/mayachen' }],
      preferences: { handwrittenNote: true },
    });
    const m = byKind(plan(r, { now: at('2025-01-18T16:01:00Z') }));
    for (const kind of ['thank_you', 'linkedin_connect', 'handwritten_note']) {
      expect(m[kind]!.status).toBe('skipped');
      expect(m[kind]!.skipReason).toBe('too_late');
      expect(m[kind]!.reason).toContain('more than 5 days have passed since the interview ended');
    }
    expect(m.follow_up_1!.status).toBe('scheduled');
  });
});
