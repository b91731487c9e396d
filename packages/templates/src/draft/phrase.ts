/**
 * A note as a sentence can use it. The candidate types notes however they like ("event-driven
 * billing", "Why churn spiked?", "led a similar migration at my last job."), so each phrase is
 * told apart by grammatical form with compromise, tidied (no trailing period, no leading capital
 * on an ordinary word), and templates pick a frame that fits its form.
 */
import nlp from 'compromise';
import { isCommonWord } from '../lint/dictionary.ts';

/**
 * - `noun`: a noun or gerund phrase ("event-driven billing", "mentoring junior developers");
 * - `wh`: an indirect question that works as a noun ("how the team handles on-call");
 * - `predicate`: a verb phrase without its subject ("led a similar migration");
 * - `sentence`: a clause with its own subject ("the team is moving to Kafka");
 * - `question`: a direct question ("Did churn spike?").
 */
export type Form = 'noun' | 'wh' | 'predicate' | 'sentence' | 'question';

export interface Phrase {
  /** Tidied, in the candidate's own words: no final period or question mark, ordinary first word in lower case. */
  text: string;
  form: Form;
  /** As the candidate typed it, trimmed: for quoting. */
  raw: string;
  /**
   * Set by `asNoun` on a question or clause recast for a sentence: `asked`, the interviewer's
   * question to the candidate ("why I chose commercial law": something the candidate explained);
   * `told`, something the interviewer told them ("the team moving to Kafka": what they said about it).
   */
  frame?: 'asked' | 'told';
}

const WH = '^(#QuestionWord|whether|how|why|what|when|where|who|which|if)';

function formOf(text: string, isQuestion: boolean): Form {
  const doc = nlp(text);
  // compromise tags a leading "do" as a question word too: "Do you have …?" is a direct question, not "how …".
  if (doc.has(WH) && !doc.has('^#Verb')) return isQuestion && doc.has(`${WH} (#Auxiliary|#Modal|#Copula|do|does|did)`) ? 'question' : 'wh';
  if (isQuestion || doc.questions().found) return 'question';
  if (doc.has('^#Gerund')) return 'noun';
  // "led a similar migration", "built the feature store": a verb with its object. A verb-like word
  // before a bare noun is a modifier: "contract lifecycle tooling", "distributed systems", "embedded Rust".
  if (doc.has('^#Verb (#Determiner|#Possessive|#Pronoun|#Value)')) return 'predicate';
  if (doc.has('^#PastTense #Preposition')) return 'predicate';
  if (doc.has('^#Pronoun #Verb')) return 'sentence';
  const parts = doc.sentences().json()[0]?.sentence as { subject?: string; verb?: string; predicate?: string } | undefined;
  // "the payments reconciliation rewrite": a verb-like last word with nothing after it is a noun.
  // "the mid-market territory" has no finite verb ("market" is half of a compound); "the team ships weekly" has one.
  const finite = doc.has('(#PastTense|#Copula|#Auxiliary|#Modal)') || (parts?.predicate && doc.has('#Noun [#PresentTense]') && !doc.has('#Hyphenated #PresentTense'));
  if (parts?.subject && parts.verb && finite) {
    if (doc.has('^(#Pronoun|#Determiner|#ProperNoun)') && !doc.has('^#Possessive')) return 'sentence';
    // "churn spiked": a bare noun and a past tense; "coaching engineers" stays a noun phrase.
    if (doc.has('^#Noun #PastTense') && !doc.has('^#Noun #Hyphenated')) return 'sentence';
  }
  return 'noun';
}

/** "Why" → "why", "The" → "the"; "Kubernetes", "PostgreSQL", "I" stay as written. */
function lowerFirst(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  const word = first.replace(/[^\p{L}'’-]/gu, '');
  if (!word || word === 'I' || word.startsWith("I'") || word.startsWith('I’')) return text;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() || !isCommonWord(word)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

const cache = new Map<string, Phrase>();

/**
 * @example phrase('Why churn spiked after the pricing change?') // { text: 'why churn spiked after the pricing change', form: 'wh', … }
 */
export function phrase(raw: string): Phrase {
  let found = cache.get(raw);
  if (!found) {
    const trimmed = raw.trim().replace(/\s+/g, ' ');
    const isQuestion = trimmed.endsWith('?');
    const text = lowerFirst(trimmed.replace(/[\s.!?;:,]+$/u, ''));
    found = { text, form: formOf(text, isQuestion), raw: trimmed };
    cache.set(raw, found);
  }
  return found;
}

/** Longer than this, a note makes a run-on sentence in a draft. */
const BRIEF = 70;

/**
 * A long note cut at its first clause break (", and what that means for …"), so it fits a
 * sentence; a short one, or one with no break, as it is.
 * @example brief(phrase('how billing moves to event-driven ledgers, and what that means for audits')).text // 'how billing moves to event-driven ledgers'
 */
export function brief(p: Phrase): Phrase {
  if (p.text.length <= BRIEF) return p;
  const cut = /,\s+(?:and|but|or|which|including|especially)\s|;\s|\s+—\s/u.exec(p.text);
  if (!cut || cut.index < 20) return p;
  return { ...p, text: p.text.slice(0, cut.index) };
}

/** A quality said as an adjective: "calm under pressure", "patient with customers". */
export function isAdjectival(p: Phrase): boolean {
  return p.form === 'noun' && nlp(p.text).has('^(#Adjective|#Infinitive) (under|in|with|at|on|during|about)');
}

/** Works where a noun does: "our discussion of ___". */
export function isNounLike(p: Phrase): boolean {
  return p.form === 'noun' || p.form === 'wh';
}

/** A capital first letter and a closing mark: a note said as a sentence of its own. */
export function asSentence(text: string, mark = '.'): string {
  const body = text.replace(/[\s.!?;:,]+$/u, '');
  const end = /[.!?]$/.test(text.trim()) && mark === '.' ? text.trim().slice(-1) : mark;
  return `${body[0]?.toUpperCase() ?? ''}${body.slice(1)}${end}`;
}

/**
 * The candidate's "I" as "you", for advice written to them (compromise reads the contractions).
 * @example toSecondPerson('how I would use Kubernetes on my team') // 'how you would use Kubernetes on your team'
 */
export function toSecondPerson(text: string): string {
  const doc = nlp(text);
  if (!doc.has('(i|me|my|mine|myself)')) return text;
  doc.match('i am').replace('you are');
  doc.match('i was').replace('you were');
  doc.match('i').replace('you');
  doc.match('me').replace('you');
  doc.match('my').replace('your');
  doc.match('mine').replace('yours');
  doc.match('myself').replace('yourself');
  return doc.text();
}

/** Does compromise find a first-person word ("I", "my", "me") in the text? */
export function hasFirstPerson(text: string): boolean {
  return nlp(text).has('(i|me|my|mine|myself)');
}

/** The interviewer's "you" as the candidate's "I": "why did you choose law" is asked of the candidate. */
function toFirstPerson(text: string): string {
  return text.replace(/\byour\b/gi, 'my').replace(/\byours\b/gi, 'mine').replace(/\byourself\b/gi, 'myself').replace(/\byou\b/gi, 'I');
}

/** "churn spike after the change" → "churn spiked after the change": the first word compromise reads as a verb, in the past. */
function pastOf(clause: string): string | undefined {
  const words = clause.split(' ');
  for (let i = 1; i < words.length; i++) {
    const doc = nlp(`they ${words[i]}`);
    if (!doc.verbs().found) continue;
    doc.verbs().toPastTense();
    const past = doc.text().replace(/^they /, '');
    return [...words.slice(0, i), past, ...words.slice(i + 1)].join(' ');
  }
  return undefined;
}

/**
 * A direct question, or a clause the interviewer told the candidate, recast so a sentence can
 * carry it (undefined when its grammar is not one these rules know). A question asked of the
 * candidate is what they explained (`frame: 'asked'`); a question the two discussed is an
 * indirect question ("whether …", form `wh`); a clause is what the interviewer told them (`frame: 'told'`).
 * @example asNoun(phrase('Why did you choose commercial law?')) // { text: 'why I chose commercial law', frame: 'asked', … }
 * @example asNoun(phrase('Did churn spike after the pricing change?')) // { text: 'whether churn spiked after the pricing change', form: 'wh', … }
 * @example asNoun(phrase('the team is moving to Kafka.')) // { text: 'the team moving to Kafka', frame: 'told', … }
 */
export function asNoun(p: Phrase): Phrase | undefined {
  if (p.form === 'question') {
    const m = /^(?:(why|how|what|when|where|which|who)\s+)?(did|do|does)\s+(.+)$/iu.exec(p.text);
    if (!m) return undefined;
    const [, wh, aux, rest] = m;
    const yours = /^you\b/i.test(rest!);
    const clause = aux!.toLowerCase() === 'did' ? pastOf(toFirstPerson(rest!)) : toFirstPerson(rest!);
    if (!clause) return undefined;
    const text = `${wh ? wh.toLowerCase() : 'whether'} ${clause}`;
    return { ...p, text, form: 'wh', ...(yours && { frame: 'asked' as const }) };
  }
  if (p.form === 'sentence') {
    if (hasFirstPerson(p.text)) return undefined;
    const m = /^(.+?)\s+(?:is|are|was|were)\s+(\p{L}+ing\b.*)$/u.exec(p.text);
    return m ? { ...p, text: `${m[1]} ${m[2]}`, form: 'noun', frame: 'told' } : undefined;
  }
  return undefined;
}

/** A noun as one word in the singular: "migrations" → "migration". */
function singular(word: string): string {
  const doc = nlp(word);
  return (doc.nouns().found ? doc.nouns().toSingular().text() : word).toLowerCase();
}

/**
 * What a "similar" in the note is like, from the record's other notes: "led a similar redesign"
 * is like "the onboarding redesign" when the record has it; undefined when the note says nothing
 * "similar" (or says what to itself: "a migration similar to yours"), or no note names the thing.
 * compromise finds the noun "similar" qualifies; a note names it when one of its words is that noun.
 */
export function similarReferent(p: Phrase, others: readonly Phrase[]): Phrase | undefined {
  const doc = nlp(p.text);
  if (!doc.has('similar') || doc.has('similar to')) return undefined;
  const noun = (doc.nouns().json() as { noun?: { root?: string; adjectives?: string[] } }[]).find((n) => n.noun?.adjectives?.includes('similar'))?.noun?.root;
  const head = noun?.split(' ').at(-1);
  if (!head) return undefined;
  const word = singular(head);
  return others.find((o) => o !== p && isNounLike(o) && !hasFirstPerson(o.text) && o.text.split(/\s+/).some((w) => singular(w) === word));
}

/**
 * The candidate's own clause as something they told the interviewer, in a full sentence, in the
 * candidate's words: "As I mentioned when we spoke, I built the feature store from scratch" (no
 * final period), or undefined when the note is not a clause. A "similar" stays ("I led a similar
 * migration at my last job"): the sentence cites the conversation, which is what it was similar
 * to; dropping it leaves a vague "a migration".
 */
export function asMention(p: Phrase): string | undefined {
  const clause = p.form === 'predicate' ? `I ${p.text}` : p.form === 'sentence' && /^I\b/.test(p.text) ? p.text : undefined;
  return clause && `As I mentioned when we spoke, ${clause}`;
}
