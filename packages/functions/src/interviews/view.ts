import type { StoredInterview } from '@followup/core/ports';
import { inboundView } from '../inbound/view.ts';

/**
 * What the API shows of a stored interview.
 * @example c.json(interviewView(interview), 200, { etag: etagOf(interview) })
 */
export function interviewView(interview: StoredInterview) {
  const { id, version, state, createdAt, updatedAt } = interview;
  return { id, version, status: state.status, record: state.record, milestones: state.milestones, createdAt, updatedAt, ...inboundView(interview) };
}

export const etagOf = (interview: StoredInterview) => `"${interview.version}"`;

export const locationOf = (interview: StoredInterview) => `/v1/interviews/${interview.id}`;

/**
 * The version an If-Match names: `"3"`, `W/"3"` → 3; `*` → any (undefined); anything else
 * matches no version (-1, hence 412).
 */
export function versionOf(ifMatch: string): number | undefined {
  const value = ifMatch.trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(value);
  return match ? Number(match[1]) : -1;
}
