/**
 * The planner's invariants over generated records, checked against independent oracles:
 * `Intl` for local times and `date-holidays` for public holidays.
 */
import fc from 'fast-check';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../record/record.ts';
import { companyCalendar, type TenantPlanning } from './context.ts';
import { MILESTONE_KINDS, STATUS_FOLLOW_UPS } from './milestone.ts';
import { plan } from './plan.ts';

const PLACES = [
  { timeZone: 'America/New_York', country: 'US', region: undefined },
  { timeZone: 'America/Los_Angeles', country: 'US', region: 'CA' },
  { timeZone: 'Europe/London', country: 'GB', region: 'SCT' },
  { timeZone: 'Europe/Berlin', country: 'DE', region: 'BY' },
  { timeZone: 'Asia/Tokyo', country: 'JP', region: undefined },
  { timeZone: 'Australia/Sydney', country: 'AU', region: 'NSW' },
  { timeZone: 'Asia/Kolkata', country: 'IN', region: undefined },
  { timeZone: 'America/Sao_Paulo', country: 'BR', region: undefined },
  { timeZone: 'Pacific/Auckland', country: undefined, region: undefined },
] as const;

const DAY = 86_400_000;
const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = Date.parse('2027-12-01T00:00:00Z');

const recordArb = fc
  .record({
    candidate: fc.constantFrom(...PLACES),
    company: fc.constantFrom(...PLACES),
    startsAt: fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => m * 60_000),
    minutes: fc.integer({ min: 15, max: 240 }),
    rapport: fc.constantFrom('strong', 'neutral', undefined),
    hiringPace: fc.constantFrom('normal', 'slow', 'very_slow', undefined),
    decisionInDays: fc.option(fc.integer({ min: 0, max: 30 })),
    maxFollowUps: fc.constantFrom(1, 2, 3, undefined),
    handwrittenNote: fc.boolean(),
    linkedin: fc.boolean(),
    window: fc.constantFrom(undefined, { start: '08:30', end: '12:00' }, { start: '13:00', end: '18:45' }),
    nowAfterEndHours: fc.integer({ min: -2, max: 40 * 24 }),
    // A third of the plans with a tenant's settings and a company closure.
    tenant: fc.option(
      fc.record({
        sendWindow: fc.constantFrom(undefined, { start: '10:00', end: '16:00' }, { start: '07:15', end: '09:45' }),
        paceDays: fc.record({ normal: fc.integer({ min: 1, max: 60 }), slow: fc.integer({ min: 1, max: 60 }) }),
        secondFollowUpDays: fc.integer({ min: 1, max: 60 }),
        followUps: fc.constantFrom(1, 2, 3),
        tooLateDays: fc.integer({ min: 1, max: 30 }),
        closureStartDays: fc.integer({ min: 0, max: 60 }),
        closureDays: fc.integer({ min: 1, max: 30 }),
      }),
      { freq: 2 },
    ),
  })
  .map((g) => {
    const endsAt = g.startsAt + g.minutes * 60_000;
    const record = parseRecord({
      candidate: { name: 'Ada Park', email: 'ada@example.com', timeZone: g.candidate.timeZone, country: g.candidate.country, region: g.candidate.region },
      company: { name: 'Acme', country: g.company.country, region: g.company.region, hiringPace: g.hiringPace },
      role: 'Engineer',
      interview: { startsAt: new Date(g.startsAt).toISOString(), endsAt: new Date(endsAt).toISOString() },
      contacts: g.linkedin ? [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/maya' }] : [],
      notes: { rapport: g.rapport },
      decisionExpectedBy: g.decisionInDays === null ? undefined : new Date(g.startsAt + (g.decisionInDays + 1) * DAY).toISOString().slice(0, 10),
      preferences: { maxFollowUps: g.maxFollowUps, handwrittenNote: g.handwrittenNote, sendWindow: g.window },
    });
    const t = g.tenant;
    const closure = t && { from: isoDate(g.startsAt + t.closureStartDays * DAY), to: isoDate(g.startsAt + (t.closureStartDays + t.closureDays - 1) * DAY), label: 'shutdown' };
    const tenant: TenantPlanning = t
      ? { policy: { ...(t.sendWindow && { sendWindow: t.sendWindow }), paceDays: t.paceDays, secondFollowUpDays: t.secondFollowUpDays, maxFollowUps: t.followUps, tooLateDays: t.tooLateDays }, closures: new Map([['acme', [closure!]]]) }
      : {};
    return { record, tenant, closure, now: endsAt + g.nowAfterEndHours * 3_600_000 };
  });

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Local date and minute of an instant, straight from Intl. */
function localParts(zone: string, iso: string): { date: string; minute: number; weekday: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute), weekday: p.weekday! };
}

const holidayReaders = new Map<string, Holidays>();
function isPublicHoliday(country: string | undefined, region: string | undefined, date: string): boolean {
  if (!country) return false;
  const key = `${country}-${region ?? ''}`;
  if (!holidayReaders.has(key)) holidayReaders.set(key, region ? new Holidays(country, region) : new Holidays(country));
  const found = holidayReaders.get(key)!.isHoliday(new Date(`${date}T12:00:00Z`));
  // isHoliday reads the date in the calendar's own zone; noon UTC is the same date nearly everywhere.
  return Array.isArray(found) && found.some((h) => h.type === 'public' && h.date.startsWith(date));
}

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('plan invariants', () => {
  it('never schedules in the past, outside a send window, on a weekend or on a public holiday', () => {
    fc.assert(
      fc.property(recordArb, ({ record, tenant, closure, now }) => {
        const window = record.preferences?.sendWindow ?? tenant.policy?.sendWindow ?? { start: '09:00', end: '17:00' };
        const calendar = companyCalendar(record);
        for (const m of plan(record, { ...tenant, now })) {
          if (m.status !== 'scheduled') continue;
          expect(Date.parse(m.dueAt)).toBeGreaterThanOrEqual(now);
          const local = localParts(record.candidate.timeZone, m.dueAt);
          expect(local.minute).toBeGreaterThanOrEqual(minuteOf(window.start));
          expect(local.minute).toBeLessThan(minuteOf(window.end));
          expect(['Sat', 'Sun']).not.toContain(local.weekday);
          expect(isPublicHoliday(calendar.country, calendar.region, local.date)).toBe(false);
          if (closure) expect(local.date >= closure.from && local.date <= closure.to, `${local.date} in the closure ${closure.from}–${closure.to}`).toBe(false);
          expect(m.localDueAt.slice(0, 10)).toBe(local.date);
          expect(Date.parse(m.localDueAt)).toBe(Date.parse(m.dueAt));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps policy order, due times in order, and at most maxFollowUps status checks', () => {
    fc.assert(
      fc.property(recordArb, ({ record, tenant, now }) => {
        const milestones = plan(record, { ...tenant, now });
        const order = milestones.map((m) => MILESTONE_KINDS.indexOf(m.kind));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const chain = milestones.filter((m) => m.kind.startsWith('follow_up') || m.kind === 'final_follow_up' || m.kind === 'move_on');
        for (let i = 1; i < chain.length; i++) expect(Date.parse(chain[i]!.dueAt)).toBeGreaterThan(Date.parse(chain[i - 1]!.dueAt));
        const statusChecks = milestones.filter((m) => (STATUS_FOLLOW_UPS as readonly string[]).includes(m.kind));
        expect(statusChecks.length).toBe(record.preferences?.maxFollowUps ?? tenant.policy?.maxFollowUps ?? 2);
        expect(milestones.filter((m) => m.kind === 'move_on')).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it('names every skipped day in the reason', () => {
    fc.assert(
      fc.property(recordArb, ({ record, now }) => {
        for (const m of plan(record, { now })) {
          for (const skipped of m.skippedDays) {
            const [, month, day] = skipped.date.split('-').map(Number);
            const label = `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month! - 1]}`;
            expect(m.reason).toContain(label);
            expect(m.reason).toContain(skipped.name);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('skips the thank-you only when it has passed and the interview ended more than the late-record limit ago', () => {
    fc.assert(
      fc.property(recordArb, ({ record, tenant, now }) => {
        const thankYou = plan(record, { ...tenant, now }).find((m) => m.kind === 'thank_you')!;
        const tooLate = now - Date.parse(record.interview.endsAt) > (tenant.policy?.tooLateDays ?? 5) * DAY;
        expect(thankYou.status === 'skipped').toBe(tooLate && Date.parse(thankYou.dueAt) < now);
      }),
      { numRuns: 400 },
    );
  });
});
