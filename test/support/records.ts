/**
 * Records for tests: a realistic base that each test overrides where its rule needs.
 */
import { parseRecord, type InterviewRecord, type InterviewRecordInput } from '../../packages/core/src/record/record.ts';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export const baseRecordInput: InterviewRecordInput = {
  externalId: 'ats-123',
  candidate: { name: 'Ada Park', email: 'ada@example.com', timeZone: 'America/New_York', country: 'US' },
  company: { name: 'Acme Analytics', country: 'US', culture: 'formal', hiringPace: 'normal' },
  role: 'Data Engineer',
  interview: { startsAt: '2025-01-13T10:00:00-05:00', endsAt: '2025-01-13T11:00:00-05:00', format: 'video' },
  contacts: [{ name: 'Maya Chen', email: 'maya@acme.example', relation: 'hiring_manager', title: 'Head of Data' }],
  notes: { topics: ['streaming pipelines'], projects: ['the Kafka migration'], skills: ['Python'], strengths: [], concerns: [] },
};

function merge<T>(base: T, patch: unknown): T {
  if (patch === undefined) return base;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch) || typeof base !== 'object' || base === null) return patch as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  // An explicit `undefined` removes the field, so a test can take a default away.
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = merge(out[k], v);
  }
  return out as T;
}

/** A parsed record: the base with `patch` merged in (arrays replace). */
export function record(patch: DeepPartial<InterviewRecordInput> = {}): InterviewRecord {
  return parseRecord(merge(baseRecordInput, patch));
}
