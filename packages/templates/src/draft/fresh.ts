/**
 * What a follow-up brings that the earlier drafts did not (facts.ts picks it: the second
 * topic, a project, a skill or strength), said by what it is: a topic as something discussed,
 * a project as work to do, a skill or strength as what the candidate brings.
 */
import type { Tone } from '../types.ts';
import type { Specific } from './facts.ts';
import { hasFirstPerson, isAdjectival, isNounLike } from './phrase.ts';

/**
 * What the candidate brings, as a noun phrase: "my experience with Terraform", "my on-call
 * leadership", "my experience mentoring junior developers", "my ability to stay calm under pressure".
 */
export function bringing(s: Specific): string | undefined {
  const p = s.phrase;
  if (!isNounLike(p) || p.form === 'wh') return undefined;
  if (isAdjectival(p)) return `my ability to stay ${p.text}`;
  if (s.type === 'skill') return `my experience with ${p.text}`;
  if (/^\p{Ll}+ing\b/u.test(p.text)) return `my experience ${p.text}`;
  return hasFirstPerson(p.text) ? undefined : `my ${p.text}`;
}

/** Where a noun goes: "our discussion of X", "how my experience with X could help the team". */
export function freshRef(s: Specific, tone: Tone): string | undefined {
  if (!isNounLike(s.phrase)) return undefined;
  const t = s.phrase.text;
  if (s.type === 'topic') return tone === 'formal' ? `our discussion of ${t}` : `our chat about ${t}`;
  if (s.type === 'project') return t;
  const mine = bringing(s);
  if (!mine) return undefined;
  return tone === 'formal' ? `how ${mine} could help the team` : `how ${mine} could help`;
}

/** What introduces a clause after a colon: "one point from our conversation: …". */
export function freshLabel(s: Specific, tone: Tone): string {
  if (s.type === 'topic') return tone === 'formal' ? 'one point from our conversation' : 'something we talked about';
  if (s.type === 'project') return tone === 'formal' ? 'the project we discussed' : 'the project we talked about';
  return tone === 'formal' ? 'how my past work applies to the role' : 'how my past work fits the role';
}

/** The note as a sentence of its own, in the candidate's voice: "I led a similar migration." */
export function freshClause(s: Specific): string {
  const t = s.phrase.text;
  if (s.phrase.form === 'question') return `${t[0]!.toUpperCase()}${t.slice(1)}?`;
  const text = s.phrase.form === 'predicate' ? `I ${t}` : t;
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
