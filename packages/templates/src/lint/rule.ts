/** What every lint rule receives and returns. */
import type { InterviewRecord } from '@followup/core/record';
import type { DraftText, Finding, Span } from '../types.ts';

export interface Field {
  field: Span['field'];
  text: string;
}

export interface LintInput {
  draft: DraftText;
  record: InterviewRecord;
  /** The subject (when there is one) and the body, each checked on its own. */
  fields: Field[];
}

export type Rule = (input: LintInput) => Finding[];

/** A finding located at `[start, end)` of one field. */
export function at(field: Field, start: number, end: number, finding: Omit<Finding, 'span'>): Finding {
  return { ...finding, span: { field: field.field, start, end } };
}

/** The text a span points at, for messages and for the reminder's findings list. */
export function excerpt(draft: DraftText, span: Span): string {
  return (span.field === 'subject' ? (draft.subject ?? '') : draft.body).slice(span.start, span.end);
}
