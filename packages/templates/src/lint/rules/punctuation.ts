/**
 * Punctuation that a value pasted into a frame leaves behind: a doubled period ("Inc.."), a
 * period after a question or exclamation mark ("?."), a comma against a period. An ellipsis is fine.
 */
import { at, type Rule } from '../rule.ts';

const MARKS = /(?<!\.)\.\.(?!\.)|[?!]\.|[.?!],|,[.?!]/g;

export const punctuation: Rule = ({ fields }) =>
  fields.flatMap((field) =>
    [...field.text.matchAll(MARKS)].map((m) =>
      at(field, m.index, m.index + m[0].length, { rule: 'punctuation', severity: 'error', message: `"${m[0]}": two marks where one belongs.` }),
    ),
  );
