/**
 * POLICY: a draft that names no topic, project or skill from the record is flagged `generic`
 * (the guide: a cookie-cutter message reads as if you are not really interested).
 */
import type { DraftKind } from '../../types.ts';
import type { Rule } from '../rule.ts';

/** A correction and the move-on advice are not meant to be about the interview's content. */
const EXEMPT: DraftKind[] = ['correction', 'move_on'];

export const generic: Rule = ({ draft, record, fields }) => {
  if (EXEMPT.includes(draft.kind)) return [];
  const notes = record.notes;
  const specifics = [...(notes?.topics ?? []), ...(notes?.projects ?? []), ...(notes?.skills ?? [])];
  const text = fields.map((f) => f.text.toLowerCase()).join('\n');
  if (specifics.some((s) => text.includes(s.toLowerCase()))) return [];
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
