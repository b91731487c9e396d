/**
 * A person or company named in the text that the record does not know: the guide's
 * "Quick Correction" case (the wrong company, the wrong interviewer). Two checks: the name
 * after "Dear"/"Hi" must be a contact's (or a team), and a capitalised word mid-sentence
 * that is no ordinary English word must come from the record.
 */
import type { InterviewRecord } from '@followup/core/record';
import { isHonorific, personName, titleInFull } from '../../draft/person.ts';
import type { Finding } from '../../types.ts';
import { isCommonWord, isVouchedFor } from '../dictionary.ts';
import { at, type Field, type Rule } from '../rule.ts';
import { isCapitalised, maskLinks, maskQuotes, tokens } from '../tokens.ts';

const GREETING = /^(?:Dear|Hi|Hello|Hey)\s+([^,\n]+),/;

/** "Hi Dr.,", "Hi Nguyễn,": a greeting word that is an honorific alone or a family name, not a given name. */
function notAGivenName(name: string, record: InterviewRecord): string | undefined {
  const words = name.split(/\s+/);
  if (words.length === 1 && (isHonorific(words[0]!) || words[0]!.endsWith('.'))) return `"${name}" is a title, not a name; greet them by name.`;
  const familyFirst = record.contacts.find((c) => !c.preferredName && personName(c).needsPreferredName && c.name.split(/\s+/)[0] === name);
  if (familyFirst) return `"${name}" is likely ${familyFirst.name}'s family name; greet them by the name they go by (contacts[].preferredName).`;
  return undefined;
}

function greetingFinding(body: Field, record: InterviewRecord): Finding[] {
  const m = GREETING.exec(body.text);
  if (!m?.[1]) return [];
  const start = m[0].indexOf(m[1]);
  const bad = notAGivenName(m[1].trim(), record);
  if (bad) return [at(body, start, start + m[1].length, { rule: 'greeting', severity: 'error', message: bad })];
  const name = m[1].trim().toLowerCase();
  const known = record.contacts.some((c) => {
    const n = personName(c);
    return [c.name, n.given, n.formal, n.formal.replace(/\. /, ' '), titleInFull(n.formal), n.display, c.preferredName, c.name.split(/\s+/)[0]].some((form) => form?.toLowerCase() === name);
  });
  if (known || /\bteam\b/.test(name)) return [];
  return [
    at(body, start, start + m[1].length, {
      rule: 'wrong_name',
      severity: 'warning',
      message: `The greeting names "${m[1]}", who is not a contact in the record.`,
    }),
  ];
}

export const wrongName: Rule = ({ fields, record }) => {
  const body = fields.find((f) => f.field === 'body');
  const names = fields.flatMap((field) =>
    tokens(maskQuotes(maskLinks(field.text)))
      .filter((t) => !t.sentenceStart && isCapitalised(t.word))
      .filter((t) => !isVouchedFor(t.word, record) && !isCommonWord(t.word))
      .map((t) =>
        at(field, t.start, t.end, {
          rule: 'wrong_name',
          severity: 'warning',
          message: `"${t.word}" is not a name in the record; is it the right company or person?`,
        }),
      ),
  );
  const greeting = body ? greetingFinding(body, record) : [];
  // One finding for a wrong greeting, not one more per word of the name.
  const inGreeting = (f: Finding) => greeting.some((g) => g.span!.field === f.span!.field && f.span!.start >= g.span!.start && f.span!.start < g.span!.end);
  return [...greeting, ...names.filter((f) => !inGreeting(f))];
};
