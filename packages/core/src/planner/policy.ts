/**
 * The numbers of POLICY.md. Each is a default that a tenant's settings change for all of its
 * interviews, and some of which one record (`preferences`) changes for itself:
 *
 *   POLICY default  <  the tenant's settings (`PolicyOverrides`)  <  the record's `preferences`
 *
 * The rules that use the numbers are not optional.
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
  /** Status checks (follow_up_*) planned, 1 to 3. */
  maxFollowUps: 1 | 2 | 3;
  /** The most status checks a record's `preferences.maxFollowUps` may ask for. */
  followUpLimit: 1 | 2 | 3;
  /** A one-click snooze moves the milestone this many days later. */
  snoozeDays: number;
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
  followUpLimit: 3,
  snoozeDays: 2,
  tooLateDays: 5,
  sendWindow: { start: '09:00', end: '17:00' },
  linkedin: true,
  handwrittenNote: false,
};

/** A tenant's overrides: any number, and any one of a pair (`thankYouHours.strong` alone). */
export type PolicyOverrides = {
  [K in keyof FollowUpPolicy]?: FollowUpPolicy[K] extends { start: string } ? FollowUpPolicy[K]
    : FollowUpPolicy[K] extends object ? Partial<FollowUpPolicy[K]> : FollowUpPolicy[K];
};

/** The tenant's policy, made once per overrides object (a tenant's settings are shared by all its plans). */
const tenantPolicies = new WeakMap<PolicyOverrides, FollowUpPolicy>();

/**
 * The defaults with a tenant's overrides.
 * @example tenantPolicy({ paceDays: { slow: 12 } }).paceDays // { normal: 7, slow: 12, very_slow: 14 }
 */
export function tenantPolicy(overrides: PolicyOverrides | undefined): FollowUpPolicy {
  if (!overrides) return DEFAULT_POLICY;
  let policy = tenantPolicies.get(overrides);
  if (!policy) {
    const { thankYouHours, paceDays, ...flat } = overrides;
    policy = {
      ...DEFAULT_POLICY,
      ...(flat as Partial<FollowUpPolicy>),
      thankYouHours: { ...DEFAULT_POLICY.thankYouHours, ...thankYouHours },
      paceDays: { ...DEFAULT_POLICY.paceDays, ...paceDays },
    };
    policy.maxFollowUps = Math.min(policy.maxFollowUps, policy.followUpLimit) as FollowUpPolicy['maxFollowUps'];
    tenantPolicies.set(overrides, policy);
  }
  return policy;
}

/**
 * The policy for one record: defaults, then the tenant's overrides, then the record's preferences
 * (a record asks for at most the tenant's `followUpLimit` follow-ups).
 * @example resolvePolicy(record, { maxFollowUps: 3 }).maxFollowUps // 3 unless the record says otherwise
 */
export function resolvePolicy(record: InterviewRecord, overrides?: PolicyOverrides): FollowUpPolicy {
  const base = tenantPolicy(overrides);
  const p = record.preferences;
  if (!p) return base;
  return {
    ...base,
    maxFollowUps: p.maxFollowUps ? (Math.min(p.maxFollowUps, base.followUpLimit) as FollowUpPolicy['maxFollowUps']) : base.maxFollowUps,
    linkedin: p.linkedin ?? base.linkedin,
    handwrittenNote: p.handwrittenNote ?? base.handwrittenNote,
    sendWindow: p.sendWindow ?? base.sendWindow,
  };
}

/** Where a number of the policy came from, for the reasons that name it. */
export type PolicySource = 'default' | 'tenant' | 'record';

/**
 * Whether the tenant or the record set a number (a pair's member by `member`).
 * @example policySource(record, overrides, 'sendWindow') // 'tenant'
 */
export function policySource(record: InterviewRecord, overrides: PolicyOverrides | undefined, key: keyof FollowUpPolicy, member?: string): PolicySource {
  if (key in RECORD_KEYS && record.preferences?.[key as keyof typeof RECORD_KEYS] !== undefined) return 'record';
  const value = overrides?.[key];
  if (value === undefined) return 'default';
  return member && typeof value === 'object' ? ((value as Record<string, unknown>)[member] === undefined ? 'default' : 'tenant') : 'tenant';
}

/** The numbers a record's `preferences` can set. */
const RECORD_KEYS = { maxFollowUps: 1, linkedin: 1, handwrittenNote: 1, sendWindow: 1 } as const;
