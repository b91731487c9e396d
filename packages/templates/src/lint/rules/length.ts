/**
 * Each channel's limits. The connection note's 300 characters is LinkedIn's own cap, so going
 * over is an error; the others are advice (the guide: keep it concise).
 */
import { isCandidateKind } from '../../types.ts';
import { at, type Rule } from '../rule.ts';

export const CONNECTION_NOTE_LIMIT = 300;
const WORD_LIMITS = { email: 200, linkedin: 120, letter: 100 } as const;

export const length: Rule = ({ draft, fields }) => {
  const body = fields.find((f) => f.field === 'body')!;
  if (draft.kind === 'linkedin_connect') {
    if (draft.body.length <= CONNECTION_NOTE_LIMIT) return [];
    return [
      at(body, CONNECTION_NOTE_LIMIT, draft.body.length, {
        rule: 'length',
        severity: 'error',
        message: `The connection note has ${draft.body.length} characters; LinkedIn allows ${CONNECTION_NOTE_LIMIT}.`,
      }),
    ];
  }
  if (isCandidateKind(draft.kind)) return [];
  const limit = WORD_LIMITS[draft.channel];
  const words = [...draft.body.matchAll(/\S+/g)];
  const first = words[limit];
  if (!first) return [];
  return [
    at(body, first.index, draft.body.length, {
      rule: 'length',
      severity: 'warning',
      message: `${words.length} words; a ${draft.channel === 'letter' ? 'card' : draft.channel === 'email' ? 'follow-up email' : 'LinkedIn message'} reads best under ${limit}.`,
    }),
  ];
};
