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
import { article } from './rules/article.ts';
import { legalSuffix } from './rules/legal-suffix.ts';
import { person } from './rules/person.ts';
import { punctuation } from './rules/punctuation.ts';
import { repeatedFrame } from './rules/repeated-frame.ts';
import { subjectLength } from './rules/subject-length.ts';

const RULES: Rule[] = [placeholder, generic, spelling, repeatedWord, exclamation, pushy, length, wrongName, punctuation, subjectLength, legalSuffix, person, article];

export interface LintOptions {
  /** Earlier drafts of the same interview: a frame repeated from one of them is flagged. */
  earlier?: readonly DraftText[];
}

/** Subject before body, then by position; findings without a place last. */
function byPlace(a: Finding, b: Finding): number {
  if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : 0;
  if (a.span.field !== b.span.field) return a.span.field === 'subject' ? -1 : 1;
  return a.span.start - b.span.start;
}

/**
 * Proofreads a draft against POLICY and the guide: placeholders and doubled punctuation
 * (errors), generic text, spelling, repeated words, exclamation marks, pushy phrases, channel
 * and subject length, names the record does not know, a greeting that is no given name, legal
 * forms in running text, "I" inside advice, "a"/"an", and frames repeated from `options.earlier`. Each finding's `span` says where it is (offsets into subject or body).
 * The first call loads the English dictionary (~150 ms); later calls reuse it.
 * @example
 * lint({ ...d, body: d.body.replace('Acme', '[Company Name]') }, record)
 * // [{ rule: 'placeholder', severity: 'error', message: '"[Company Name]" looks like …', span: { field: 'body', start: 87, end: 101 } }]
 */
export function lint(draft: DraftText, record: InterviewRecord, options: LintOptions = {}): Finding[] {
  const fields: Field[] = [
    ...(draft.subject !== undefined ? [{ field: 'subject' as const, text: draft.subject }] : []),
    { field: 'body', text: draft.body },
  ];
  const rules = options.earlier?.length ? [...RULES, repeatedFrame(options.earlier)] : RULES;
  return rules.flatMap((rule) => rule({ draft, record, fields })).sort(byPlace);
}
