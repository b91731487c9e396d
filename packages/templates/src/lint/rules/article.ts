/** "a event", "an PostgreSQL": the article that does not fit the next word's sound (retext-indefinite-article). */
import { at, type Rule } from '../rule.ts';
import { retextMessages } from '../retext.ts';

export const article: Rule = ({ fields }) =>
  fields.flatMap((field) =>
    retextMessages(field.text)
      .filter((m) => m.source === 'article')
      .map((m) => at(field, m.start, m.end, { rule: 'article', severity: 'warning', message: `"${m.actual}" should be "${m.expected}" before the next word.` })),
  );
