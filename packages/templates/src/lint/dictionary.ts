/**
 * The English dictionary (Hunspell en-US from dictionary-en, as nspell reads it) and the words a
 * record makes correct. The dictionary is speller.ts over a word list generated from nspell's own
 * expansion (scripts/generate-dictionary.ts): it loads in a few ms on first use, where nspell's
 * parse took ~150 ms, and needs no dictionary files beside the bundle.
 */
import type { InterviewRecord } from '@followup/core/record';
import { createSpeller, type Speller } from './speller.ts';
import { tokens } from './tokens.ts';

let cached: Speller | undefined;

export function speller(): Speller {
  return (cached ??= createSpeller());
}

/** Words our own templates use that the dictionary lacks, and calendar names a date puts mid-sentence. */
const OUR_WORDS = new Set([
  'linkedin',
  'onboarding',
  // Honorifics a formal greeting or running text puts before a name ("Dr. Raman").
  ...['dr', 'prof', 'mr', 'mrs', 'ms', 'mx'],
  // "I" is capitalised mid-sentence, so its contractions would look like names.
  ...["i'd", "i'm", "i've", "i'll"],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
]);

const recordWordCache = new WeakMap<InterviewRecord, Set<string>>();

/** Every string value, however deep: names, company, role, notes (not the field names). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** Every word of every text in the record, lower-cased. */
function recordWords(record: InterviewRecord): Set<string> {
  let words = recordWordCache.get(record);
  if (!words) {
    words = new Set(texts(record).flatMap((text) => tokens(text).map((t) => t.word.toLowerCase().replace(/’/g, "'"))));
    recordWordCache.set(record, words);
  }
  return words;
}

/** A word the record or our templates vouch for, whatever the dictionary says. */
export function isVouchedFor(word: string, record: InterviewRecord): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return OUR_WORDS.has(lower) || recordWords(record).has(lower);
}

/** In the dictionary as written, or lower-cased when a sentence starts with it. */
export function isDictionaryWord(word: string): boolean {
  const s = speller();
  return s.correct(word) || s.correct(word.toLowerCase());
}

/** In the dictionary as an ordinary word, not only as a capitalised name ("smith" yes, "jane" no). */
export function isCommonWord(word: string): boolean {
  return speller().correct(word.toLowerCase());
}

/** British endings and the US ones the dictionary (en-US) spells them with: organised → organized, colour → color. */
const BRITISH_ENDINGS: [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations)$/u, 'iz$1'],
  [/ys(e|es|ed|ing)$/u, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able)?$/u, 'or$1'],
  [/tre(s)?$/u, 'ter$1'],
];

/** An en-GB spelling of a word the dictionary knows in its US form ("organised", "apologise", "colour"). */
export function isBritishVariant(word: string): boolean {
  return BRITISH_ENDINGS.some(([ending, us]) => ending.test(word) && isDictionaryWord(word.replace(ending, us)));
}
