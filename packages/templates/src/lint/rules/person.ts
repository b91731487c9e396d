/**
 * Advice is written to the candidate ("you"): a first-person word inside it ("Bring up my
 * migration") is a note pasted in unconverted. compromise finds the pronouns; quotations are left alone.
 */
import { hasFirstPerson } from '../../draft/phrase.ts';
import { isCandidateKind } from '../../types.ts';
import { at, type Rule } from '../rule.ts';
import { maskQuotes } from '../tokens.ts';

export const person: Rule = ({ draft, fields }) => {
  if (!isCandidateKind(draft.kind)) return [];
  const body = fields.find((f) => f.field === 'body')!;
  const masked = maskQuotes(body.text);
  const findings = [];
  let offset = 0;
  for (const line of masked.split('\n')) {
    if (hasFirstPerson(line)) {
      findings.push(at(body, offset, offset + line.length, { rule: 'person', severity: 'warning', message: 'This advice is written to you, but the line says "I" or "my"; it reads as a note pasted in.' }));
    }
    offset += line.length + 1;
  }
  return findings;
};
