import type { InterviewRecord } from '@followup/core/record';
import type { DraftText, Finding } from '../types.ts';
import type { Field, Rule } from './rule.ts';
import { exclamation } from './rules/exclamation.ts';
import { generic } from './rules/generic.ts';
import { length } from './rules/length.ts';
import { placeholder } from './rules/placeholder.ts';
import { pushy } from './rules/pushy.ts';
import { repeatedWord } from './rules/repeated-word.ts';
import { spelling } from './rules/spelling.ts';
import { wrongName } from './rules/wrong-name.ts';

const RULES: Rule[] = [placeholder, generic, spelling, repeatedWord, exclamation, pushy, length, wrongName];

/** Subject before body, then by position; findings without a place last. */
function byPlace(a: Finding, b: Finding): number {
  if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : 0;
  if (a.span.field !== b.span.field) return a.span.field === 'subject' ? -1 : 1;
  return a.span.start - b.span.start;
}

/**
 * Proofreads a draft against POLICY and the guide: placeholders (error), generic text,
 * spelling, repeated words, exclamation marks, pushy phrases, channel length, and names the
 * record does not know. Each finding's `span` says where it is (offsets into subject or body).
 * The first call loads the English dictionary (~150 ms); later calls reuse it.
 * @example
 * lint({ ...d, body: d.body.replace('Acme', '[Company Name]') }, record)
 * // [{ rule: 'placeholder', severity: 'error', message: '"[Company Name]" looks like …', span: { field: 'body', start: 87, end: 101 } }]
 */
export function lint(draft: DraftText, record: InterviewRecord): Finding[] {
  const fields: Field[] = [
    ...(draft.subject !== undefined ? [{ field: 'subject' as const, text: draft.subject }] : []),
    { field: 'body', text: draft.body },
  ];
  return RULES.flatMap((rule) => rule({ draft, record, fields })).sort(byPlace);
}
