/** POLICY: no placeholder may survive; an unfilled one is an error, never sent. */
import { isCandidateKind } from '../../types.ts';
import { at, type Rule } from '../rule.ts';

const PLACEHOLDERS: [RegExp, string][] = [
  [/\[[^\]\n]*\]/g, 'a bracketed placeholder'],
  [/\{\{[^}\n]*\}\}|\$\{[^}\n]*\}/g, 'a template variable'],
  [/<[^>\n]*>/g, 'an angle-bracket placeholder'],
  [/\b(?:undefined|null|NaN)\b/g, 'a missing value printed as text'],
  // What an empty interpolation leaves behind: "about , and", "the  role", "()", "Dear ,".
  [/(?<=\S)[ \t]+[,.;:!?](?=\s|$)/g, 'a gap before punctuation, where a value is missing'],
  [/(?<=\S) {2,}(?=\S)/g, 'a double space, where a value is missing'],
  [/\(\s*\)|"\s*"|“\s*”/g, 'empty brackets or quotes'],
];

export const placeholder: Rule = ({ fields, draft }) => {
  const findings = fields.flatMap((field) =>
    PLACEHOLDERS.flatMap(([pattern, what]) =>
      [...field.text.matchAll(pattern)].map((m) =>
        at(field, m.index, m.index + m[0].length, {
          rule: 'placeholder',
          severity: 'error',
          message: `"${m[0]}" looks like ${what}; fill it in before sending.`,
        }),
      ),
    ),
  );
  for (const field of fields) {
    if (field.text.trim() === '') {
      findings.push(at(field, 0, 0, { rule: 'placeholder', severity: 'error', message: `The ${field.field} is empty.` }));
    }
  }
  // An email without a subject is an empty field too.
  if (draft.channel === 'email' && draft.subject === undefined && !isCandidateKind(draft.kind)) {
    findings.push({ rule: 'placeholder', severity: 'error', message: 'The email has no subject.' });
  }
  return findings;
};
