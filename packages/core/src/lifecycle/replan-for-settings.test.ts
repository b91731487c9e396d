import { describe, expect, it } from 'vitest';
import { record } from '../../../../test/support/records.ts';
import type { TenantPlanning } from '../planner/context.ts';
import { apply, replanForSettings, start } from './apply.ts';
import type { InterviewState } from './types.ts';

// Interview Mon 13 Jan 2025 10:00–11:00 New York. POLICY: thank-you Wed 15 Jan 11:00, follow-up 1
// Tue 21 Jan 09:00 (MLK Day on the 20th), follow-up 2 Tue 28 Jan, move-on Tue 4 Feb.
const at = (iso: string) => Date.parse(iso);
const CREATED = at('2025-01-13T16:30:00Z');
const LATER = at('2025-01-14T15:00:00Z');
const local = (s: InterviewState) => Object.fromEntries(s.milestones.map((m) => [m.kind, m.localDueAt.slice(0, 16)]));
const of = (s: InterviewState, kind: string) => s.milestones.find((m) => m.kind === kind)!;
const started = () => start(record(), { now: CREATED })[0];
const tenant = (policy: TenantPlanning['policy'], more: TenantPlanning = {}) => ({ policy, ...more, now: LATER });

describe('replanForSettings', () => {
  it('moves what the new settings move, keeps the schedule and revision of what they do not, and says why', () => {
    const [next, commands] = replanForSettings(started(), tenant({ paceDays: { normal: 10 } }));
    expect(local(next)).toMatchObject({ thank_you: '2025-01-15T11:00', follow_up_1: '2025-01-23T09:00', follow_up_2: '2025-01-30T09:00', move_on: '2025-02-06T09:00' });
    expect(of(next, 'thank_you').revision).toBe(1);
    expect(of(next, 'follow_up_1')).toMatchObject({ revision: 2, reason: expect.stringContaining("the tenant's wait for a normal hiring pace") });
    expect(commands.map((c) => `${c.type} ${c.kind} ${c.revision}`)).toEqual([
      'cancel follow_up_1 1', 'schedule follow_up_1 2', 'cancel follow_up_2 1', 'schedule follow_up_2 2', 'cancel move_on 1', 'schedule move_on 2',
    ]);
    // Nothing changed: nothing to do.
    expect(replanForSettings(next, tenant({ paceDays: { normal: 10 } }))[1]).toEqual([]);
  });

  it('keeps a snoozed date, and chains the links after it from it', () => {
    const [snoozed] = apply(started(), { type: 'snooze', kind: 'follow_up_1', until: '2025-01-27' }, { now: LATER });
    const [next] = replanForSettings(snoozed, tenant({ paceDays: { normal: 10 }, secondFollowUpDays: 3 }));
    expect(local(next)).toMatchObject({ follow_up_1: '2025-01-27T09:00', follow_up_2: '2025-01-30T09:00' });
    expect(of(next, 'follow_up_1').revision).toBe(of(snoozed, 'follow_up_1').revision);
  });

  it('counts a link from the day the candidate sent the one before', () => {
    const [sent] = apply(started(), { type: 'sent', kind: 'follow_up_1', on: '2025-01-22' }, { now: at('2025-01-22T20:00:00Z') });
    const [next] = replanForSettings(sent, { policy: { secondFollowUpDays: 5 }, now: at('2025-01-22T21:00:00Z') });
    expect(of(next, 'follow_up_1').status).toBe('done');
    expect(of(next, 'follow_up_2').reason).toContain('5 days after you sent follow-up 1 (Wed 22 Jan)');
    expect(local(next).follow_up_2).toBe('2025-01-27T09:00');
  });

  it('counts the status checks a reply restarted from its decision date', () => {
    const [sent] = apply(started(), { type: 'sent', kind: 'follow_up_1', on: '2025-01-21' }, { now: at('2025-01-21T20:00:00Z') });
    const [replied] = apply(sent, { type: 'reply', decisionExpectedBy: '2025-02-07' }, { now: at('2025-01-22T15:00:00Z') });
    expect(local(replied).follow_up_2).toBe('2025-02-10T09:00');
    const [next] = replanForSettings(replied, { policy: { sendWindow: { start: '10:00', end: '16:00' } }, now: at('2025-01-23T15:00:00Z') });
    expect(local(next).follow_up_2).toBe('2025-02-10T10:00');
    expect(of(next, 'follow_up_2').reason).toContain('the day after the promised decision date (Fri 7 Feb)');
  });

  it('leaves a chain a reply cancelled alone, and plans more or fewer status checks as the settings say', () => {
    const [replied] = apply(started(), { type: 'reply' }, { now: LATER });
    expect(replanForSettings(replied, tenant({ maxFollowUps: 3 }))[1]).toEqual([]);

    const [more, added] = replanForSettings(started(), tenant({ maxFollowUps: 3 }));
    expect(local(more)).toMatchObject({ follow_up_2: '2025-01-28T09:00', final_follow_up: '2025-02-11T09:00', move_on: '2025-02-18T09:00' });
    expect(added).toContainEqual(expect.objectContaining({ type: 'schedule', kind: 'final_follow_up', revision: 1 }));
    const [fewer] = replanForSettings(more, tenant({ maxFollowUps: 1 }));
    expect(Object.fromEntries(fewer.milestones.map((m) => [m.kind, m.status]))).toMatchObject({ follow_up_1: 'scheduled', follow_up_2: 'cancelled', final_follow_up: 'cancelled', move_on: 'scheduled' });
    expect(local(fewer).move_on).toBe('2025-01-28T09:00');
  });

  it('skips a new closure, and re-plans only an active interview', () => {
    const closures = new Map([['acme-analytics', [{ from: '2025-01-21', to: '2025-01-22', label: 'offsite' }]]]);
    const [next] = replanForSettings(started(), { closures, now: LATER });
    expect(local(next).follow_up_1).toBe('2025-01-23T09:00');
    expect(of(next, 'follow_up_1').reason).toContain("Tue 21 Jan – Wed 22 Jan, Acme Analytics' offsite, 21 Jan – 22 Jan");
    const [offered] = apply(started(), { type: 'offer' }, { now: LATER });
    expect(replanForSettings(offered, { closures, now: LATER })).toEqual([offered, []]);
  });
});
