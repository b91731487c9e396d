import { describe, expect, it } from 'vitest';
import type { InterviewState } from '../lifecycle/types.ts';
import type { Milestone } from '../planner/milestone.ts';
import { interviewExpiry, isExpired } from './retention.ts';

const state = (...statuses: Milestone['status'][]): InterviewState => ({
  status: 'active',
  record: {} as InterviewState['record'],
  milestones: statuses.map((status) => ({ kind: 'thank_you', status, dueAt: '', localDueAt: '', reason: '', skippedDays: [], revision: 1 })),
});
const NOW = Date.parse('2025-01-13T12:00:00Z');

describe('retention', () => {
  it('expires a closed interview (nothing scheduled or sending) the retention period after its last change', () => {
    expect(interviewExpiry(state('done', 'cancelled'), NOW, 180)).toBe(NOW / 1000 + 180 * 86_400);
  });

  it('keeps an interview while anything is scheduled or being sent', () => {
    expect(interviewExpiry(state('done', 'scheduled'), NOW, 180)).toBeUndefined();
    expect(interviewExpiry(state('sending'), NOW, 180)).toBeUndefined();
  });

  it('counts an item as gone from its expiry second on, TTL or not', () => {
    expect(isExpired(NOW / 1000, NOW)).toBe(true);
    expect(isExpired(NOW / 1000 + 1, NOW)).toBe(false);
    expect(isExpired(undefined, NOW)).toBe(false);
  });
});
