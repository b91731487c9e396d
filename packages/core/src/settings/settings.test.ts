import { describe, expect, it } from 'vitest';
import { record } from '../../../../test/support/records.ts';
import { plan } from '../planner/plan.ts';
import type { Milestone } from '../planner/milestone.ts';
import { fieldErrors } from '../record/record.ts';
import { companyClosuresSchema, tenantSettingsSchema } from './schema.ts';
import { planningOf, type TenantSettings } from './settings.ts';

// Interview Mon 13 Jan 2025, 10:00–11:00 New York (Acme Analytics, US); plan made right after it.
const NOW = Date.parse('2025-01-13T16:30:00Z');
const byKind = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.kind, m]));
const planning = (settings?: TenantSettings, closures: [string, { from: string; to: string; label: string }[]][] = []) =>
  planningOf({ ...(settings && { settings }), closures: new Map(closures) }, 2);
const errorsOf = (schema: typeof tenantSettingsSchema | typeof companyClosuresSchema, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : fieldErrors(parsed.error);
};

describe('tenant settings: the document', () => {
  it('takes every POLICY number, bounded, and names each bad field', () => {
    expect(errorsOf(tenantSettingsSchema, {
      sendWindow: { start: '10:00', end: '16:00' }, thankYouHours: { strong: 12 }, paceDays: { slow: 12 }, secondFollowUpDays: 5, finalFollowUpDays: 21,
      moveOnDays: 10, followUps: { default: 3, max: 3 }, snoozeDays: 4, tooLateDays: 3, handwrittenNoteHours: 36, linkedin: false, calendar: { country: 'GB', region: 'SCT' }, senderName: 'Acme Careers',
    })).toEqual([]);
    const errors = errorsOf(tenantSettingsSchema, {
      sendWindow: { start: '16:00', end: '10:00' }, paceDays: { slow: 0 }, secondFollowUpDays: 1.5, tooLateDays: 31, followUps: { default: 3, max: 2 },
      calendar: { country: 'ZZ' }, senderName: 'x'.repeat(101), colour: 'blue',
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['colour', 'paceDays.slow', 'secondFollowUpDays', 'senderName', 'tooLateDays'].sort());
    // The cross-field rules run once the shapes are right.
    expect(errorsOf(tenantSettingsSchema, { sendWindow: { start: '16:00', end: '10:00' }, followUps: { default: 3, max: 2 }, calendar: { country: 'ZZ' } }).map((e) => e.path).sort())
      .toEqual(['calendar.country', 'followUps.default', 'sendWindow.end']);
  });

  it('bounds closures: in order, at most a year each, at most 50', () => {
    expect(errorsOf(companyClosuresSchema, { closures: [{ from: '2025-12-24', to: '2026-01-01', label: 'year-end shutdown' }] })).toEqual([]);
    expect(errorsOf(companyClosuresSchema, { closures: [{ from: '2025-12-24', to: '2025-12-20', label: 'x' }, { from: '2025-01-01', to: '2026-06-01', label: 'y' }] }).map((e) => e.path))
      .toEqual(['closures.0.to', 'closures.1.to']);
    const many = Array.from({ length: 51 }, () => ({ from: '2025-12-24', to: '2025-12-24', label: 'x' }));
    expect(errorsOf(companyClosuresSchema, { closures: many }).map((e) => e.path)).toEqual(['closures']);
  });
});

describe('plans with tenant settings', () => {
  it('use the tenant\'s numbers and say so in the reasons', () => {
    const m = byKind(plan(record(), { now: NOW, ...planning({ sendWindow: { start: '10:00', end: '16:00' }, paceDays: { normal: 10 }, thankYouHours: { neutral: 24 }, secondFollowUpDays: 5 }) }));
    expect(m.thank_you!.localDueAt).toBe('2025-01-14T11:00:00-05:00');
    expect(m.thank_you!.reason).toContain("24 hours after the interview ended (Mon 13 Jan 11:00), the tenant's thank-you delay");
    expect(m.follow_up_1!.localDueAt).toBe('2025-01-23T10:00:00-05:00');
    expect(m.follow_up_1!.reason).toBe("10 days after the interview (Mon 13 Jan), the tenant's wait for a normal hiring pace: due Thu 23 Jan 10:00 EST (the tenant's send window starts at 10:00)");
    expect(m.follow_up_2!.localDueAt).toBe('2025-01-28T10:00:00-05:00');
    expect(m.follow_up_2!.reason).toContain("5 days after follow-up 1 (Thu 23 Jan), the tenant's gap before follow-up 2");
  });

  it('plan without any mention of settings where the tenant set none', () => {
    const m = byKind(plan(record(), { now: NOW, ...planning() }));
    expect(m.follow_up_1!.reason).toBe('7 days after the interview (Mon 13 Jan) is Mon 20 Jan, Martin Luther King Jr. Day (US); due the next business day, Tue 21 Jan 09:00 EST');
  });

  it('let the record override the tenant (POLICY default < tenant < record)', () => {
    const tenant = planning({ sendWindow: { start: '10:00', end: '16:00' }, followUps: { default: 3 } });
    expect(byKind(plan(record(), { now: NOW, ...tenant })).final_follow_up).toBeDefined();
    const own = byKind(plan(record({ preferences: { sendWindow: { start: '08:00', end: '12:00' }, maxFollowUps: 1 } }), { now: NOW, ...tenant }));
    expect(own.follow_up_1!.localDueAt).toBe('2025-01-21T08:00:00-05:00');
    expect(own.follow_up_1!.reason).toContain("(the record's send window starts at 08:00)");
    expect(own.follow_up_2).toBeUndefined();
  });

  it("cap a record's follow-ups at the tenant's maximum", () => {
    const m = byKind(plan(record({ preferences: { maxFollowUps: 3 } }), { now: NOW, ...planning({ followUps: { max: 2 } }) }));
    expect(m.follow_up_2).toBeDefined();
    expect(m.final_follow_up).toBeUndefined();
  });

  it("skip thank-yous by the tenant's late-record limit, and name it", () => {
    const late = Date.parse('2025-01-17T15:00:00Z');
    expect(byKind(plan(record(), { now: late })).thank_you!.status).toBe('scheduled');
    const m = byKind(plan(record(), { now: late, ...planning({ tooLateDays: 3 }) })).thank_you!;
    expect(m.status).toBe('skipped');
    expect(m.reason).toContain("more than 3 days have passed since the interview ended (the tenant's limit for late records)");
  });

  it("fall back to the tenant's company calendar before the candidate's", () => {
    const noCountry = record({ company: { country: undefined }, candidate: { country: 'US' } });
    // Without the setting: the candidate's US calendar skips MLK Day.
    expect(byKind(plan(noCountry, { now: NOW })).follow_up_1!.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    const m = byKind(plan(noCountry, { now: NOW, ...planning({ calendar: { country: 'GB' } }) })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-20T09:00:00-05:00');
    // A company that names its country keeps it.
    expect(byKind(plan(record(), { now: NOW, ...planning({ calendar: { country: 'GB' } }) })).follow_up_1!.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    const christmas = record({ company: { country: undefined }, candidate: { country: 'US' }, interview: { startsAt: '2025-12-18T10:00:00-05:00', endsAt: '2025-12-18T11:00:00-05:00' } });
    const boxing = byKind(plan(christmas, { now: Date.parse('2025-12-18T17:00:00Z'), ...planning({ calendar: { country: 'GB' } }) })).follow_up_1!;
    expect(boxing.reason).toContain("Boxing Day (GB), the tenant's company calendar");
  });
});

describe('plans with company closures', () => {
  const shutdown = { from: '2025-01-20', to: '2025-01-24', label: 'winter shutdown' };

  it('skip a closure the tenant keeps for the company, like a holiday, named once for the run', () => {
    const m = byKind(plan(record(), { now: NOW, ...planning(undefined, [['acme-analytics', [shutdown]]]) })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-27T09:00:00-05:00');
    expect(m.skippedDays.map((d) => d.date)).toEqual(['2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24', '2025-01-25', '2025-01-26']);
    expect(m.skippedDays[0]!.name).toBe("Acme Analytics' winter shutdown, 20 Jan – 24 Jan");
    expect(m.reason).toBe("7 days after the interview (Mon 13 Jan) is Mon 20 Jan – Fri 24 Jan, Acme Analytics' winter shutdown, 20 Jan – 24 Jan; Sat 25 Jan, weekend; Sun 26 Jan, weekend; due the next business day, Mon 27 Jan 09:00 EST");
  });

  it("key the tenant's closures by company.id where the record gives one, else by the name", () => {
    const kept = planning(undefined, [['ats-co-9', [shutdown]]]);
    expect(byKind(plan(record(), { now: NOW, ...kept })).follow_up_1!.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    expect(byKind(plan(record({ company: { id: 'ats-co-9' } }), { now: NOW, ...kept })).follow_up_1!.localDueAt).toBe('2025-01-27T09:00:00-05:00');
  });

  it("take a record's own closures, beside the tenant's", () => {
    const r = record({ company: { name: 'Acme Widgets, Inc.', closures: [{ from: '2025-01-21', to: '2025-01-21', label: 'offsite' }] } });
    const m = byKind(plan(r, { now: NOW })).follow_up_1!;
    expect(m.localDueAt).toBe('2025-01-22T09:00:00-05:00');
    expect(m.reason).toContain("Tue 21 Jan, Acme Widgets' offsite, 21 Jan");
  });

  it('refuse a record closure that ends before it starts, naming the field', () => {
    expect(() => record({ company: { closures: [{ from: '2025-01-22', to: '2025-01-21', label: 'x' }] } })).toThrow(/company\.closures\.0\.to: must not be before from/);
  });
});
