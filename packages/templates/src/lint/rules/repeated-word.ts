/**
 * The same word twice in a row ("the the"): the typo a quick reread misses, found by
 * retext-repeated-words. The signature is not prose: "Jane Doe" under "Best," is no repetition
 * of the sentence above, so the sign-off block is left out.
 */
import { at, type Rule } from '../rule.ts';
import { retextMessages } from '../retext.ts';

/** Where the sign-off starts: the last paragraph, when it holds the candidate's name. */
export function proseEnd(text: string, candidateName: string): number {
  const last = text.lastIndexOf('\n\n');
  return last >= 0 && text.slice(last).includes(candidateName) ? last : text.length;
}

export const repeatedWord: Rule = ({ fields, record }) =>
  fields.flatMap((field) => {
    const end = field.field === 'body' ? proseEnd(field.text, record.candidate.name) : field.text.length;
    return retextMessages(field.text.slice(0, end))
      .filter((m) => m.source === 'repeated')
      // The span is the second occurrence: the one to delete.
      .map((m) => at(field, m.end - (m.expected ?? m.actual).length, m.end, { rule: 'repeated_word', severity: 'warning', message: `"${m.expected ?? m.actual}" is repeated.` }));
  });
