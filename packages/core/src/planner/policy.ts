/**
 * The numbers of POLICY.md. Each is a default a tenant (policy overrides) or one record
 * (`preferences`) can change; the rules that use them are not optional.
 */
import type { InterviewRecord } from '../record/record.ts';

export interface FollowUpPolicy {
  /** Thank-you after the interview ends: sooner when rapport was strong. */
  thankYouHours: { strong: number; neutral: number };
  handwrittenNoteHours: number;
  /** First status check after the interview date, by the company's hiring pace. */
  paceDays: { normal: number; slow: number; very_slow: number };
  /** follow_up_2 after follow_up_1. */
  secondFollowUpDays: number;
  /** final_follow_up after follow_up_2. */
  finalFollowUpDays: number;
  /** move_on after the last status check. */
  moveOnDays: number;
  /** Status checks (follow_up_*), 1 to 3. */
  maxFollowUps: 1 | 2 | 3;
  /** Thank-you kinds are skipped once this many days have passed since the interview ended. */
  tooLateDays: number;
  sendWindow: { start: string; end: string };
  linkedin: boolean;
  handwrittenNote: boolean;
}

export const DEFAULT_POLICY: FollowUpPolicy = {
  thankYouHours: { strong: 24, neutral: 48 },
  handwrittenNoteHours: 24,
  paceDays: { normal: 7, slow: 10, very_slow: 14 },
  secondFollowUpDays: 7,
  finalFollowUpDays: 14,
  moveOnDays: 7,
  maxFollowUps: 2,
  tooLateDays: 5,
  sendWindow: { start: '09:00', end: '17:00' },
  linkedin: true,
  handwrittenNote: false,
};

/**
 * The policy for one record: defaults, then the tenant's overrides, then the record's preferences.
 * @example resolvePolicy(record, { maxFollowUps: 3 }).maxFollowUps // 3 unless the record says otherwise
 */
export function resolvePolicy(record: InterviewRecord, overrides: Partial<FollowUpPolicy> = {}): FollowUpPolicy {
  const base = Object.keys(overrides).length ? { ...DEFAULT_POLICY, ...overrides } : DEFAULT_POLICY;
  const p = record.preferences;
  if (!p) return base;
  return {
    ...base,
    maxFollowUps: p.maxFollowUps ?? base.maxFollowUps,
    linkedin: p.linkedin ?? base.linkedin,
    handwrittenNote: p.handwrittenNote ?? base.handwrittenNote,
    sendWindow: p.sendWindow ?? base.sendWindow,
  };
}
