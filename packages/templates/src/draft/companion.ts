import { attended, type InterviewRecord } from '@followup/core/record';
import { DraftNotAvailable } from '../errors.ts';
import type { Draft, DraftContext, DraftKind } from '../types.ts';
import { draft } from './draft.ts';
import { factsFor } from './facts.ts';

function tryDraft(kind: DraftKind, record: InterviewRecord, context: DraftContext): Draft[] {
  try {
    return [draft(kind, record, context)];
  } catch (error) {
    if (error instanceof DraftNotAvailable) return [];
    throw error;
  }
}

/**
 * The further drafts a milestone's reminder carries, each to its own person:
 * - with the thank-you, a short thank-you of their own to each other person in the room (a panel's
 *   interviewers, an HR contact who sat in),
 *   and a "thank you for arranging" note to a recruiter or HR contact who was not in the room;
 * - with follow-up 2 (POLICY), a short inquiry to the recruiter or HR contact.
 * Empty when there is none.
 * @example companionDraft('follow_up_2', record, { now }).map((d) => d.to?.name) // ['Priya Shah']
 */
export function companionDraft(kind: DraftKind, record: InterviewRecord, context: DraftContext = {}): Draft[] {
  if (kind === 'follow_up_2') return tryDraft('other_contact_inquiry', record, context);
  if (kind !== 'thank_you') return [];
  const primary = factsFor('thank_you', record, context).contact;
  if (!primary) return [];
  // Everyone else who was in the room, an HR contact or recruiter who sat in included.
  const panel = record.contacts.filter((c) => c !== primary && attended(c));
  const arranger = record.contacts.find((c) => c !== primary && !attended(c) && (c.relation === 'recruiter' || c.relation === 'hr'));
  return [...panel, ...(arranger ? [arranger] : [])]
    .flatMap((c) => tryDraft('thank_you', record, { ...context, to: c }));
}
