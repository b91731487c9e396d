/** POLICY: more than one exclamation mark reads as over-eager; the second and later are flagged. */
import { at, type Rule } from '../rule.ts';

export const exclamation: Rule = ({ fields }) => {
  const marks = fields.flatMap((field) => [...field.text.matchAll(/!/g)].map((m) => ({ field, index: m.index })));
  return marks.slice(1).map(({ field, index }) =>
    at(field, index, index + 1, {
      rule: 'exclamation',
      severity: 'warning',
      message: `${marks.length} exclamation marks; keep at most one.`,
    }),
  );
};
