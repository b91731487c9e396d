/**
 * Tenant planning: the tenant's own defaults, its calendar for companies without a country,
 * and company closures (the tenant's and the record's), each skipped and named in reasons.
 */
import { describe, expect, it } from 'vitest';
import { record } from '../../../../test/support/records.ts';
import { companyClosedDays, type Closure } from '../company/closures.ts';
import type { Milestone } from './milestone.ts';
import { plan } from './plan.ts';

const at = (iso: string) => Date.parse(iso);
const byKind = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.kind, m]));
const dates = (m: Milestone) => m.skippedDays.map((d) => d.date);
const count = (text: string, part: string) => text.split(part).length - 1;

const YEAR_END: Closure = { from: '2025-12-24', to: '2026-01-01', label: 'year-end shutdown' };
const SHUTDOWN = "Acme Analytics' year-end shutdown, 24 Dec – 1 Jan";

// Interview Thu 18 Dec 2025, New York; a decision promised for Tue 23 Dec.
const beforeChristmas = (patch: Parameters<typeof record>[0] = {}) =>
  record({
    interview: { startsAt: '2025-12-18T10:00:00-05:00', endsAt: '2025-12-18T11:00:00-05:00' },
    decisionExpectedBy: '2025-12-23',
    ...patch,
  });
const DEC_18 = at('2025-12-18T17:00:00Z');

describe('company closures', () => {
  it('skips a closure that spans a weekend and holidays as one run, named once', () => {
    const m = byKind(plan(beforeChristmas({ company: { closures: [YEAR_END] } }), { now: DEC_18 })).follow_up_1!;
    expect(m.localDueAt).toBe('2026-01-02T09:00:00-05:00');
    expect(dates(m)).toEqual([
      '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01',
    ]);
    // The closure names every day it covers, Christmas and the weekend included: it says more.
    expect(new Set(m.skippedDays.map((d) => d.name))).toEqual(new Set([SHUTDOWN]));
    expect(m.reason).toBe(`the day after the promised decision date (Tue 23 Dec) is Wed 24 Dec – Thu 1 Jan, ${SHUTDOWN}; due the next business day, Fri 2 Jan 09:00 EST`);
    expect(count(m.reason, 'year-end shutdown')).toBe(1);
  });

  it('lists a closure run, then the weekend after it', () => {
    const summer: Closure = { from: '2026-08-03', to: '2026-08-07', label: 'summer week' };
    const r = record({ interview: { startsAt: '2026-07-27T10:00:00-04:00', endsAt: '2026-07-27T11:00:00-04:00' } });
    const m = byKind(plan(r, { now: at('2026-07-27T16:00:00Z'), closures: new Map([['acme-analytics', [summer]]]) })).follow_up_1!;
    expect(m.localDueAt).toBe('2026-08-10T09:00:00-04:00');
    expect(m.reason).toBe(
      "7 days after the interview (Mon 27 Jul) is Mon 3 Aug – Fri 7 Aug, Acme Analytics' summer week, 3 Aug – 7 Aug; Sat 8 Aug, weekend; Sun 9 Aug, weekend; due the next business day, Mon 10 Aug 09:00 EDT",
    );
  });

  it('snaps a thank-you that falls in a closure to the first business day after it, naming the run from its hour', () => {
    const r = beforeChristmas({ interview: { startsAt: '2025-12-22T10:00:00-05:00', endsAt: '2025-12-22T11:00:00-05:00' }, company: { closures: [YEAR_END] } });
    const m = byKind(plan(r, { now: at('2025-12-22T17:00:00Z') })).thank_you!;
    expect(m.localDueAt).toBe('2026-01-02T09:00:00-05:00');
    expect(m.reason).toBe(`48 hours after the interview ended (Mon 22 Dec 11:00) is Wed 24 Dec 11:00 – Thu 1 Jan, ${SHUTDOWN}; due the next business day, Fri 2 Jan 09:00 EST`);
  });

  it("takes the tenant's closures by the company's id, else its name's key, beside the record's own", () => {
    const kept = [YEAR_END];
    const byId = new Map([['crm-42', kept]]);
    const withId = beforeChristmas({ company: { id: 'crm-42' } });
    expect(byKind(plan(withId, { now: DEC_18, closures: byId })).follow_up_1!.localDueAt).toBe('2026-01-02T09:00:00-05:00');
    // An id is the key when there is one: the name's key is not tried.
    const byName = new Map([['acme-analytics', kept]]);
    expect(byKind(plan(withId, { now: DEC_18, closures: byName })).follow_up_1!.localDueAt).toBe('2025-12-24T09:00:00-05:00');
    expect(byKind(plan(beforeChristmas(), { now: DEC_18, closures: byName })).follow_up_1!.localDueAt).toBe('2026-01-02T09:00:00-05:00');

    // The record's own closure (2 Jan) and the tenant's run on into each other.
    const own = beforeChristmas({ company: { closures: [{ from: '2026-01-02', to: '2026-01-02', label: 'office move' }] } });
    const m = byKind(plan(own, { now: DEC_18, closures: byName })).follow_up_1!;
    expect(m.localDueAt).toBe('2026-01-05T09:00:00-05:00');
    expect(m.reason).toContain(`Wed 24 Dec – Thu 1 Jan, ${SHUTDOWN}; Fri 2 Jan, Acme Analytics' office move, 2 Jan; Sat 3 Jan, weekend; Sun 4 Jan, weekend`);
  });

  it('names the company of each record when two share a tenant list under one id', () => {
    const closures = new Map([['crm-42', [YEAR_END]]]);
    const acme = byKind(plan(beforeChristmas({ company: { id: 'crm-42' } }), { now: DEC_18, closures })).follow_up_1!;
    const globex = byKind(plan(beforeChristmas({ company: { id: 'crm-42', name: 'Globex Corp.' } }), { now: DEC_18, closures })).follow_up_1!;
    expect(acme.reason).toContain(SHUTDOWN);
    expect(globex.reason).toContain("Globex's year-end shutdown, 24 Dec – 1 Jan");
    expect(globex.reason).not.toContain('Acme');
  });

  it("makes a record's closures into day numbers and the name reasons use", () => {
    const [days] = companyClosedDays({ name: 'Acme Analytics', closures: [YEAR_END] });
    expect({ from: days!.from, to: days!.to, name: days!.name }).toEqual({ from: 20446, to: 20454, name: SHUTDOWN });
  });
});

describe("the tenant's company calendar", () => {
  // Interview Mon 13 Jan 2025; 7 days later is Martin Luther King Jr. Day in the US.
  const NOW = at('2025-01-13T16:30:00Z');
  const noCountry = (candidateCountry?: string) => record({ candidate: { country: candidateCountry }, company: { country: undefined } });

  it('stands in for a company without a country, before the candidate’s, and says so', () => {
    const m = byKind(plan(noCountry('GB'), { now: NOW, calendar: { country: 'US' } })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    expect(m.reason).toContain("Mon 20 Jan, Martin Luther King Jr. Day (US), the tenant's company calendar");
    expect(byKind(plan(noCountry(undefined), { now: NOW })).follow_up_1!.localDueAt).toBe('2025-01-20T09:00:00-05:00');
  });

  it("yields to the company's own country", () => {
    const r = record({ company: { country: 'GB' } });
    const m = byKind(plan(r, { now: NOW, calendar: { country: 'US' } })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-20T09:00:00-05:00');
    expect(m.reason).not.toContain('tenant');
  });
});

describe("the tenant's own defaults", () => {
  const NOW = at('2025-01-13T16:30:00Z');

  it('names the send window the tenant set, and the record’s where it sets its own', () => {
    const policy = { sendWindow: { start: '10:00', end: '16:00' } };
    const d = byKind(plan(record(), { now: NOW, policy }));
    expect(d.follow_up_1!.localDueAt).toBe('2025-01-21T10:00:00-05:00');
    expect(d.follow_up_1!.reason).toMatch(/due the next business day, Tue 21 Jan 10:00 EST \(the tenant's send window starts at 10:00\)$/);
    const own = byKind(plan(record({ preferences: { sendWindow: { start: '08:00', end: '12:00' } } }), { now: NOW, policy }));
    expect(own.follow_up_1!.reason).toMatch(/due the next business day, Tue 21 Jan 08:00 EST \(the record's send window starts at 08:00\)$/);
  });

  it('names the pace, gap and delay it set', () => {
    const policy = { paceDays: { normal: 8 }, secondFollowUpDays: 9, thankYouHours: { neutral: 30 } };
    const d = byKind(plan(record(), { now: NOW, policy }));
    expect(d.thank_you!.reason).toContain("30 hours after the interview ended (Mon 13 Jan 11:00), the tenant's thank-you delay");
    expect(d.follow_up_1!.reason).toContain("8 days after the interview (Mon 13 Jan), the tenant's wait for a normal hiring pace");
    expect(d.follow_up_2!.reason).toContain("9 days after follow-up 1 (Tue 21 Jan), the tenant's gap before follow-up 2");
  });

  it('keeps a late thank-you up to its own limit, and names the limit when it skips one', () => {
    const sixDaysLater = at('2025-01-19T17:00:00Z');
    expect(byKind(plan(record(), { now: sixDaysLater })).thank_you!.status).toBe('skipped');
    const kept = byKind(plan(record(), { now: sixDaysLater, policy: { tooLateDays: 7 } })).thank_you!;
    expect(kept.status).toBe('scheduled');
    expect(kept.localDueAt).toBe('2025-01-21T09:00:00-05:00'); // Sun 19 → Mon 20 is MLK Day
    const skipped = byKind(plan(record(), { now: at('2025-01-22T17:00:00Z'), policy: { tooLateDays: 7 } })).thank_you!;
    expect(skipped.status).toBe('skipped');
    expect(skipped.reason).toMatch(/skipped: more than 7 days have passed since the interview ended \(the tenant's limit for late records\)$/);
  });
});
