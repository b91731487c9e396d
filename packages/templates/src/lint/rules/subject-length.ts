/** A subject a phone's inbox shows whole: 70 characters at most. */
import { SUBJECT_LIMIT } from '../../draft/subject.ts';
import { at, type Rule } from '../rule.ts';

export const subjectLength: Rule = ({ fields }) =>
  fields
    .filter((f) => f.field === 'subject' && f.text.length > SUBJECT_LIMIT)
    .map((f) =>
      at(f, SUBJECT_LIMIT, f.text.length, {
        rule: 'subject_length',
        severity: 'warning',
        message: `The subject has ${f.text.length} characters; inboxes cut it after about ${SUBJECT_LIMIT}.`,
      }),
    );
