import { describe, expect, it } from 'vitest';
import type { Milestone } from '../planner/milestone.ts';
import { dueShard, nextDueAt } from './due.ts';

const m = (kind: Milestone['kind'], status: Milestone['status'], dueAt: string): Milestone =>
  ({ kind, status, dueAt, localDueAt: dueAt, reason: '', skippedDays: [], revision: 1 });

describe('the due-time index', () => {
  it('keys an interview by its soonest scheduled milestone, ignoring the others', () => {
    const milestones = [
      m('thank_you', 'done', '2025-01-15T14:00:00.000Z'),
      m('follow_up_1', 'scheduled', '2025-01-22T14:00:00.000Z'),
      m('follow_up_2', 'scheduled', '2025-01-21T14:00:00.000Z'),
      m('move_on', 'cancelled', '2025-01-16T14:00:00.000Z'),
    ];
    expect(nextDueAt(milestones)).toBe('2025-01-21T14:00:00.000Z');
  });

  it('leaves an interview with nothing scheduled or being sent out of the index', () => {
    expect(nextDueAt([m('thank_you', 'reminded', '2025-01-15T14:00:00.000Z'), m('move_on', 'unconfirmed', '2025-01-16T14:00:00.000Z')])).toBeUndefined();
  });

  it('keys a send in flight by the end of its claim lease, so the sweeper finds a send that died', () => {
    const sending = { ...m('thank_you', 'sending', '2025-01-15T14:00:00.000Z'), claimedAt: '2025-01-15T14:00:10.000Z' };
    expect(nextDueAt([sending, m('follow_up_1', 'scheduled', '2025-01-22T14:00:00.000Z')])).toBe('2025-01-15T14:05:10.000Z');
  });

  it('puts an id in the same shard every time, spreading ids over all shards', () => {
    expect(dueShard('abc', 4)).toBe(dueShard('abc', 4));
    const shards = new Set(Array.from({ length: 200 }, (_, i) => dueShard(`id-${i}`, 4)));
    expect([...shards].sort()).toEqual([0, 1, 2, 3]);
  });
});
