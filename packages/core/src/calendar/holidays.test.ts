/**
 * issue 14 §3: the days off of a company calendar agree with the law of that calendar, for the
 * families the generator corrects (scripts/generate-holidays.ts cites each source).
 */
import { describe, expect, it } from 'vitest';
import { record } from '../../../../test/support/records.ts';
import { plan } from '../planner/plan.ts';
import { dayOf } from '../time/days.ts';
import { firstBusinessDay } from './business-days.ts';
import { holidayCalendar, holidayOn } from './holidays.ts';

const on = (calendar: string, date: string) => {
  const [country, region] = calendar.split('-');
  return holidayOn(holidayCalendar({ country, region }), dayOf(date));
};

/** follow_up_1's local due time for a decision promised on `decision`, with the interview a week before. */
function followUpAfterDecision(where: { timeZone: string; country: string; region?: string }, decision: string): string {
  const day = dayOf(decision) - 7;
  const interview = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const r = record({
    candidate: { timeZone: where.timeZone, country: where.country, region: where.region },
    company: { country: where.country, region: where.region },
    interview: { startsAt: `${interview}T12:00:00Z`, endsAt: `${interview}T13:00:00Z` },
    decisionExpectedBy: decision,
  });
  return plan(r, { now: Date.parse(`${interview}T14:00:00Z`) }).find((m) => m.kind === 'follow_up_1')!.localDueAt;
}

describe('observed days in Ontario and Quebec', () => {
  const toronto = { timeZone: 'America/Toronto', country: 'CA', region: 'ON' };
  const montreal = { timeZone: 'America/Montreal', country: 'CA', region: 'QC' };

  it('keeps Christmas (Sat) and Boxing Day (Sun) 2027 on Monday 27 and Tuesday 28 December in Ontario', () => {
    expect(on('CA-ON', '2027-12-27')).toBe('Christmas Day (observed) (CA-ON)');
    expect(on('CA-ON', '2027-12-28')).toBe('Boxing Day (observed) (CA-ON)');
    expect(followUpAfterDecision(toronto, '2027-12-24')).toBe('2027-12-29T09:00:00-05:00');
  });

  it('keeps Boxing Day on a Saturday (2026) on Monday 28 December in Ontario', () => {
    expect(on('CA-ON', '2026-12-28')).toBe('Boxing Day (observed) (CA-ON)');
  });

  it('keeps Christmas 2027 on Monday 27 December in Quebec, where Boxing Day is no statutory holiday', () => {
    expect(on('CA-QC', '2027-12-27')).toBe('Christmas Day (observed) (CA-QC)');
    expect(on('CA-QC', '2027-12-28')).toBeUndefined();
    expect(followUpAfterDecision(montreal, '2027-12-24')).toBe('2027-12-28T09:00:00-05:00');
  });

  it('keeps Good Friday but not Easter Monday in Ontario (not an ESA public holiday)', () => {
    expect(on('CA-ON', '2026-04-03')).toContain('Good Friday');
    expect(on('CA-ON', '2026-04-06')).toBeUndefined();
    expect(followUpAfterDecision(toronto, '2026-04-05')).toBe('2026-04-06T09:00:00-04:00');
  });

  it('keeps Good Friday in Quebec, and not Easter Monday, which the employer may choose instead', () => {
    expect(on('CA-QC', '2026-04-03')).toContain('Good Friday');
    expect(on('CA-QC', '2026-04-06')).toBeUndefined();
  });
});

describe('recent additions', () => {
  it('keeps Diwali a business day in California: AB 268 (2025) lets state employees elect it; offices, courts and banks stay open', () => {
    for (const date of ['2026-11-09', '2027-10-28', '2027-10-29']) expect(on('US-CA', date)).toBeUndefined();
    expect(followUpAfterDecision({ timeZone: 'America/Los_Angeles', country: 'US', region: 'CA' }, '2027-10-27')).toBe('2027-10-28T09:00:00-07:00');
  });

  it('keeps Texas state employees’ own days (the day after Thanksgiving, 24 and 26 December) business days, while California closes the day after Thanksgiving', () => {
    expect(on('US-TX', '2026-11-27')).toBeUndefined();
    expect(on('US-TX', '2026-12-24')).toBeUndefined();
    expect(on('US-CA', '2026-11-27')).toBe('Day after Thanksgiving Day (US-CA)');
  });
});

describe('lunar-calendar holidays of later years in Singapore', () => {
  const singapore = { timeZone: 'Asia/Singapore', country: 'SG' };

  it('knows Vesak Day 2027 (15th day of the 4th lunar month): Thursday 20 May', () => {
    expect(on('SG', '2027-05-20')).toBe('Vesak Day (SG)');
    expect(followUpAfterDecision(singapore, '2027-05-19')).toBe('2027-05-21T09:00:00+08:00');
  });

  it('moves Hari Raya Haji on Sunday 16 May 2027 to Monday 17 May, as the Holidays Act does any Sunday holiday', () => {
    expect(on('SG', '2027-05-16')).toBe('Hari Raya Haji (SG)');
    expect(on('SG', '2027-05-17')).toBe('Hari Raya Haji (observed) (SG)');
    expect(followUpAfterDecision(singapore, '2027-05-14')).toBe('2027-05-18T09:00:00+08:00');
  });

  it('knows Hari Raya Puasa for every year of the table', () => {
    for (let year = 2024; year <= 2040; year++) {
      const calendar = holidayCalendar({ country: 'SG' });
      let found = 0;
      for (let day = dayOf(`${year}-01-01`); day < dayOf(`${year + 1}-01-01`); day++) if (holidayOn(calendar, day)?.includes('Hari Raya Puasa')) found++;
      expect(found, String(year)).toBeGreaterThan(0);
    }
  });

  it('does not add a second day where MOM already gazetted the Monday (Vesak Day, Sunday 31 May 2026)', () => {
    expect(on('SG', '2026-06-01')).toBe('Vesak Day (SG)');
    expect(on('SG', '2026-06-02')).toBeUndefined();
  });
});

describe('India’s gazetted holidays', () => {
  const kolkata = { timeZone: 'Asia/Kolkata', country: 'IN' };

  it.each([
    ['2026-03-04', 'Holi'],
    ['2026-03-31', 'Mahavir Jayanti'],
    ['2026-05-01', 'Buddha Purnima'],
    ['2026-05-27', 'Id-ul-Zuha (Bakrid)'],
    ['2026-10-20', 'Dussehra'],
    ['2026-11-24', "Guru Nanak's Birthday"],
    ['2025-10-20', 'Diwali'],
    ['2025-03-31', 'Id-ul-Fitr'],
  ])('keeps %s, %s, a day off', (date, name) => {
    expect(on('IN', date)).toBe(`${name} (IN)`);
  });

  it('moves a follow-up due on Holi 2026 to the next day', () => {
    expect(followUpAfterDecision(kolkata, '2026-03-03')).toBe('2026-03-05T09:00:00+05:30');
  });

  it('gives both names to a day that is two gazetted holidays (Gandhi Jayanti and Dussehra, 2 October 2025)', () => {
    expect(on('IN', '2025-10-02')).toBe('Gandhi Jayanti and Dussehra (IN)');
  });

  it('keeps the Islamic gazetted holidays of years without a gazette yet, from the computed calendar', () => {
    expect(on('IN', '2027-03-10')).toBe('Id-ul-Fitr (IN)');
    expect(on('IN', '2027-05-17')).toBe('Id-ul-Zuha (Bakrid) (IN)');
  });
});

describe('which holiday types count', () => {
  it('counts bank holidays: Japan’s 2 January, when banks and most offices close', () => {
    expect(on('JP', '2026-01-02')).toBe('January 2nd (JP)');
  });

  it('does not count a holiday that starts in the afternoon: Germany’s Christmas Eve from 14:00', () => {
    expect(on('DE', '2026-12-24')).toBeUndefined();
    expect(firstBusinessDay(holidayCalendar({ country: 'DE' }), dayOf('2026-12-24')).day).toBe(dayOf('2026-12-24'));
  });
});
