/**
 * issue 11: no date makes a plan slow. The planner refuses dates outside the plannable years
 * itself (a ValidationError naming the field), whatever the caller checked, and fast.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.ts';
import { apply, start } from '../lifecycle/apply.ts';
import type { InterviewRecord } from '../record/record.ts';
import { record } from '../../../../test/support/records.ts';
import { plan } from './plan.ts';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2025-01-13T16:30:00Z');
/** Far more than a refusal needs, far less than loading holidays year by year to 9000 takes. */
const BUDGET_MS = 250;

/** What `run` threw, and how long it took to throw it. */
function refusal(run: () => unknown): { error: unknown; ms: number } {
  const started = performance.now();
  try {
    run();
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a refusal, got a plan');
}

function expectFastRefusal(run: () => unknown, path: string): void {
  const { error, ms } = refusal(run);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).errors.map((e) => e.path)).toContain(path);
  expect(ms).toBeLessThan(BUDGET_MS);
}

/** A record past the schema (which only writes four-digit years): the planner must hold on its own. */
const unchecked = (patch: Partial<InterviewRecord>): InterviewRecord => ({ ...record(), ...patch });

describe('the planner refuses dates it cannot plan, at once', () => {
  it.each([
    ['9999-12-31', 'in year 9999'],
    ['9000-06-01', 'in year 9000, which would load 7,000 years of holidays one at a time'],
    ['2200-01-01', 'just past the plannable years'],
  ])('refuses a promised decision date of %s (%s) for a Japanese company', (decisionExpectedBy) => {
    const r = record({ company: { country: 'JP' }, candidate: { timeZone: 'Asia/Tokyo', country: 'JP' }, decisionExpectedBy });
    expectFastRefusal(() => plan(r, { now: NOW }), 'decisionExpectedBy');
  });

  it('refuses a decision date in year 10000 instead of misreading its year', () => {
    expectFastRefusal(() => plan(unchecked({ decisionExpectedBy: '10000-01-01' }), { now: NOW }), 'decisionExpectedBy');
  });

  it.each([
    ['9999-12-31T23:59:59Z'],
    ['9000-01-01T00:00:00Z'],
    ['+010000-01-01T00:00:00Z'],
  ])('refuses to preview a plan made at %s', (now) => {
    const r = record({ company: { country: 'JP' }, candidate: { timeZone: 'Asia/Tokyo', country: 'JP' } });
    expectFastRefusal(() => plan(r, { now: at(now) }), 'now');
  });

  it('refuses an interview in year 9999 or 10000', () => {
    const far = record({ interview: { startsAt: '9999-12-30T10:00:00Z', endsAt: '9999-12-30T11:00:00Z' } });
    expectFastRefusal(() => plan(far, { now: at('9999-12-30T12:00:00Z') }), 'now');
    const interview = { startsAt: '+010000-01-01T10:00:00Z', endsAt: '+010000-01-01T11:00:00Z' };
    expectFastRefusal(() => plan(unchecked({ interview: { ...record().interview, ...interview } }), { now: NOW }), 'interview.startsAt');
  });

  it('refuses a snooze or a reply that moves a follow-up to year 9999', () => {
    const [state] = start(record(), { now: NOW });
    expectFastRefusal(() => apply(state, { type: 'snooze', kind: 'follow_up_1', until: '9999-12-31' }, { now: NOW }), 'date');
    expectFastRefusal(() => apply(state, { type: 'reply', decisionExpectedBy: '9999-12-31' }, { now: NOW }), 'decisionExpectedBy');
  });

  it('refuses an interview moved to year 9999', () => {
    const [state] = start(record(), { now: NOW });
    expectFastRefusal(() => apply(state, { type: 'interview_moved', startsAt: '9999-12-30T10:00:00Z' }, { now: NOW }), 'interview.startsAt');
  });

  it('plans a year outside the holiday table in milliseconds, once date-holidays is loaded', () => {
    // The first year outside the table loads date-holidays itself (once per process): untimed.
    plan(record({ interview: { startsAt: '2150-11-04T10:00:00-05:00', endsAt: '2150-11-04T11:00:00-05:00' } }), { now: at('2150-11-04T17:00:00Z') });
    const r = record({ interview: { startsAt: '2199-11-04T10:00:00-05:00', endsAt: '2199-11-04T11:00:00-05:00' } });
    const started = performance.now();
    const milestones = plan(r, { now: at('2199-11-04T17:00:00Z') });
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    for (const m of milestones) expect(m.dueAt).toMatch(/^2199-\d\d-\d\dT/);
  });

  it('refuses a plan whose chain would run past the plannable years', () => {
    const r = record({ interview: { startsAt: '2199-12-20T10:00:00-05:00', endsAt: '2199-12-20T11:00:00-05:00' } });
    expectFastRefusal(() => plan(r, { now: at('2199-12-20T17:00:00Z') }), 'date');
  });
});
