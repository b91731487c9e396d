/**
 * A new interview record from a booking's payload and the endpoint's defaults, or why there is
 * none: a missing default is the tenant's configuration to fix (`needs_defaults`, answered 200);
 * a payload naming no candidate cannot create one (`unmatched`); anything else wrong in the
 * payload is the sender's error (a `ValidationError`, answered 400).
 */
import { ValidationError } from '@followup/core/errors';
import type { EndpointDefaults } from '@followup/core/ports';
import { fieldErrors, interviewRecordSchema } from '@followup/core/record';
import type { RecordInput } from '@followup/core/interviews';
import type { InterviewPatch } from './action.ts';

export type NewRecord =
  | { ok: true; input: RecordInput }
  | { ok: false; outcome: 'needs_defaults' | 'unmatched'; why: string };

/** The fields an endpoint's `defaults` fill, by the record path they fill. */
const DEFAULTED: Record<string, keyof EndpointDefaults> = { 'company.name': 'company', role: 'role', 'candidate.timeZone': 'timeZone' };
const CANDIDATE = new Set(['candidate.name', 'candidate.email']);

/**
 * @example newRecord(calcomBooking.record, { company: 'Acme', role: 'Engineer' }) // { ok: true, input }
 */
export function newRecord(patch: InterviewPatch, defaults: EndpointDefaults): NewRecord {
  const input = withoutUndefined({
    candidate: { timeZone: defaults.timeZone, ...patch.candidate },
    company: { name: defaults.company, ...patch.company },
    role: patch.role ?? defaults.role,
    interview: patch.interview,
    contacts: patch.contacts,
  });
  const parsed = interviewRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, input };
  const errors = fieldErrors(parsed.error);
  const missing = (paths: Iterable<string>) => errors.filter((e) => e.message === 'is required' && [...paths].includes(e.path));
  const noDefaults = missing(Object.keys(DEFAULTED));
  const noCandidate = missing(CANDIDATE);
  if (noDefaults.length + noCandidate.length < errors.length) throw new ValidationError(errors);
  if (noCandidate.length) return { ok: false, outcome: 'unmatched', why: 'no interview matches, and the payload names no candidate to create one for' };
  const names = noDefaults.map((e) => DEFAULTED[e.path]).join(', ');
  return { ok: false, outcome: 'needs_defaults', why: `the payload has no ${names}: set them in the endpoint's defaults` };
}

/** The value as JSON would keep it: `undefined` fields left out, so zod reports them as required. */
function withoutUndefined(value: Record<string, unknown>): RecordInput {
  return JSON.parse(JSON.stringify(value)) as RecordInput;
}
