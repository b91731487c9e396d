/**
 * POLICY: a draft that names no topic, project or skill from the record is flagged `generic`
 * (the guide: a cookie-cutter message reads as if you are not really interested).
 * A note counts as named when one sentence carries its words, in any form compromise reads as
 * the same word: "Did churn spike after the pricing change?" is named by "our discussion of
 * whether churn spiked after the pricing change", "Why did you choose commercial law?" by
 * "explaining why I chose commercial law", a long note by its first clause.
 */
import { attended } from '@followup/core/record';
import nlp from 'compromise';
import { brief, phrase } from '../../draft/phrase.ts';
import type { DraftKind } from '../../types.ts';
import type { Rule } from '../rule.ts';

/** A correction and the move-on advice are not meant to be about the interview's content. */
const EXEMPT: DraftKind[] = ['correction', 'move_on'];

interface Term {
  normal: string;
  root?: string;
  tags: string[];
}

/** Words that carry no content: pronouns, articles, prepositions, auxiliaries, question words. */
const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Auxiliary', 'Copula', 'Modal', 'Possessive'];

function termsOf(text: string): Term[] {
  const doc = nlp(text);
  doc.compute('root');
  return (doc.json() as { terms: Term[] }[]).flatMap((s) => s.terms);
}

const formsOf = (t: Term) => [t.normal, t.root].filter((x): x is string => Boolean(x));

/** The note's content words, each as the forms it may take; adjectives only when nothing else is left ("calm incident command" → incident, command). */
function contentWords(note: string): string[][] {
  const content = termsOf(note).filter((t) => t.normal && !t.tags.some((tag) => FUNCTION_TAGS.includes(tag)) && t.root !== 'do' && t.normal !== 'do');
  const core = content.filter((t) => !t.tags.includes('Adjective'));
  return (core.length ? core : content).map(formsOf);
}

/** Every sentence of the draft as the set of its words' forms. */
function sentencesOf(text: string): Set<string>[] {
  const doc = nlp(text);
  doc.compute('root');
  return (doc.json() as { terms: Term[] }[]).map((s) => new Set(s.terms.flatMap(formsOf)));
}

/** The note as written, or as the drafts phrase it, appears in the text (lower-cased). */
function quotes(note: string, lower: string): boolean {
  return lower.includes(note.toLowerCase()) || lower.includes(phrase(note).text.toLowerCase());
}

/** Some sentence carries every content word of the note, in any form. */
function names(note: string, sentences: Set<string>[]): boolean {
  return [phrase(note).text, brief(phrase(note)).text].some((form) => {
    const words = contentWords(form);
    return words.length > 0 && sentences.some((s) => words.every((w) => w.some((x) => s.has(x))));
  });
}

export const generic: Rule = ({ draft, record, fields }) => {
  if (EXEMPT.includes(draft.kind)) return [];
  // A note to someone who was not in the conversation rightly cites nothing from it.
  const to = draft.to && record.contacts.find((c) => c.name === draft.to!.name);
  if (to && !attended(to)) return [];
  const notes = record.notes;
  const specifics = [...(notes?.topics ?? []), ...(notes?.projects ?? []), ...(notes?.skills ?? []), ...(notes?.strengths ?? [])];
  const lower = fields.map((f) => f.text).join('\n').toLowerCase();
  if (specifics.some((s) => quotes(s, lower))) return [];
  // Reading every sentence with compromise is most of the proofreader's time: only when no note is quoted.
  const sentences = specifics.length ? fields.flatMap((f) => sentencesOf(f.text)) : [];
  if (specifics.some((s) => names(s, sentences))) return [];
  return [
    {
      rule: 'generic',
      severity: 'warning',
      message: specifics.length
        ? `Nothing specific from the interview is mentioned; name something you discussed, such as "${specifics[0]}".`
        : 'The record has no topics, projects or skills from the interview, so the draft cannot mention one; add them to the notes to make it personal.',
    },
  ];
};
