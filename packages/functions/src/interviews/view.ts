import { HttpProblem } from '../errors.ts';
import type { StoredInterview } from '@followup/core/ports';
import { inboundView } from '../inbound/view.ts';

/**
 * What the API shows of a stored interview.
 * @example c.json(interviewView(interview), 200, { etag: etagOf(interview) })
 */
export function interviewView(interview: StoredInterview) {
  const { id, version, state, createdAt, updatedAt } = interview;
  return { id, version, status: state.status, record: state.record, milestones: state.milestones, ...(state.emailBlocked && { emailBlocked: state.emailBlocked }), createdAt, updatedAt, ...inboundView(interview) };
}

export const etagOf = (interview: StoredInterview) => `"${interview.version}"`;

export const locationOf = (interview: StoredInterview) => `/v1/interviews/${interview.id}`;

/**
 * The version an If-Match names: `"3"`, `W/"3"` → 3, and the unquoted `3` that people type
 * (RFC 9110 wants the quotes; the version is unambiguous without them); `*` → any (undefined).
 * Anything else is refused with how to write it.
 */
export function versionOf(ifMatch: string): number | undefined {
  const value = ifMatch.trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(value) ?? /^(\d+)$/.exec(value);
  if (!match) throw new HttpProblem(400, 'invalid-if-match', `If-Match must be the ETag, the version in double quotes, e.g. If-Match: "3" (got ${value})`);
  return Number(match[1]);
}
