/** The same word twice in a row ("the the"): the typo a quick reread misses. */
import { at, type Rule } from '../rule.ts';
import { tokens } from '../tokens.ts';

export const repeatedWord: Rule = ({ fields }) =>
  fields.flatMap((field) => {
    const words = tokens(field.text);
    return words
      .filter((t, i) => {
        const prev = words[i - 1];
        return prev && prev.word.toLowerCase() === t.word.toLowerCase() && /^\s+$/.test(field.text.slice(prev.end, t.start));
      })
      .map((t) => at(field, t.start, t.end, { rule: 'repeated_word', severity: 'warning', message: `"${t.word}" is repeated.` }));
  });
