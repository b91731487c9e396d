/**
 * POLICY: a draft that names no topic, project or skill from the record is flagged `generic`
 * (the guide: a cookie-cutter message reads as if you are not really interested).
 */
import { attended } from '@followup/core/record';
import { phrase } from '../../draft/phrase.ts';
import type { DraftKind } from '../../types.ts';
import type { Rule } from '../rule.ts';

/** A correction and the move-on advice are not meant to be about the interview's content. */
const EXEMPT: DraftKind[] = ['correction', 'move_on'];

export const generic: Rule = ({ draft, record, fields }) => {
  if (EXEMPT.includes(draft.kind)) return [];
  // A note to someone who was not in the conversation rightly cites nothing from it.
  const to = draft.to && record.contacts.find((c) => c.name === draft.to!.name);
  if (to && !attended(to)) return [];
  const notes = record.notes;
  const specifics = [...(notes?.topics ?? []), ...(notes?.projects ?? []), ...(notes?.skills ?? []), ...(notes?.strengths ?? [])];
  const text = fields.map((f) => f.text.toLowerCase()).join('\n');
  // Notes are cited tidied ("why churn spiked", no final "?"), so compare them tidied too.
  if (specifics.some((s) => text.includes(phrase(s).text.toLowerCase()) || text.includes(s.toLowerCase()))) return [];
  return [
    {
      rule: 'generic',
      severity: 'warning',
      message: specifics.length
        ? `Nothing specific from the interview is mentioned; name something you discussed, such as "${specifics[0]}".`
        : 'The record has no topics, projects or skills from the interview, so the draft cannot mention one; add them to the notes to make it personal.',
    },
  ];
};
