/**
 * The English dictionary (Hunspell en-US via nspell) and the words a record makes correct.
 * `dictionary-en`'s own entry reads its two files with a top-level await; reading the same
 * files here keeps `lint` synchronous, and the ~150 ms parse happens once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { InterviewRecord } from '@followup/core/record';
import nspell from 'nspell';
import { tokens } from './tokens.ts';

let cached: ReturnType<typeof nspell> | undefined;

export function speller(): ReturnType<typeof nspell> {
  if (!cached) {
    const entry = pathToFileURL(createRequire(import.meta.url).resolve('dictionary-en'));
    cached = nspell(readFileSync(new URL('index.aff', entry)), readFileSync(new URL('index.dic', entry)));
  }
  return cached;
}

/** Words our own templates use that the dictionary lacks, and calendar names a date puts mid-sentence. */
const OUR_WORDS = new Set([
  'linkedin',
  'onboarding',
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
