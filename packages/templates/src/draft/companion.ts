import type { InterviewRecord } from '@followup/core/record';
import { DraftNotAvailable } from '../errors.ts';
import type { Draft, DraftContext, DraftKind } from '../types.ts';
import { draft } from './draft.ts';

/**
 * The second draft a milestone's reminder carries, if any. POLICY follow_up_2: where a
 * recruiter or HR contact exists, also a short inquiry to that contact.
 * @example companionDraft('follow_up_2', record, { now })?.to?.name // 'Priya Shah'
 */
export function companionDraft(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Draft | undefined {
  if (kind !== 'follow_up_2') return undefined;
  try {
    return draft('other_contact_inquiry', record, context);
  } catch (error) {
    if (error instanceof DraftNotAvailable) return undefined;
    throw error;
  }
}
