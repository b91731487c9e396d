/**
 * speller.ts over the generated word list answers as nspell over dictionary-en does: the same
 * words correct, the same suggestions in the same order. nspell and dictionary-en are only needed
 * here and by scripts/generate-dictionary.ts, not at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpeller, type Speller } from './speller.ts';
import { tokens } from './tokens.ts';

let reference: ReturnType<typeof nspell>;
let ours: Speller;
let forms: string[];

/** A fixed pseudo-random sequence, so a failure names the same words every run. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Deletions, swaps, substitutions and insertions: the typos people make. */
function typo(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = 'etaoinshrdlucmfwypvbgkqjxz'[Math.floor(next() * 26)]!;
  switch (Math.floor(next() * 4)) {
    case 0: return word.slice(0, at) + word.slice(at + 1);
    case 1: return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word + letter;
    case 2: return word.slice(0, at) + letter + word.slice(at + 1);
    default: return word.slice(0, at) + letter + word.slice(at);
  }
}

/** Every word of the templates' own source: the drafts' vocabulary, and their code's. */
function templateVocabulary(): string[] {
  const dir = fileURLToPath(new URL('..', import.meta.url));
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('word-list.ts'));
  const words = new Set<string>();
  for (const file of files) for (const t of tokens(readFileSync(join(dir, file), 'utf8'))) words.add(t.word);
  return [...words];
}

const variants = (word: string) => [word, word.toLowerCase(), word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase(), word.replace(/'/g, '’')];

beforeAll(() => {
  const entry = pathToFileURL(createRequire(import.meta.url).resolve('dictionary-en'));
  reference = nspell(readFileSync(new URL('index.aff', entry)), readFileSync(new URL('index.dic', entry)));
  forms = Object.keys((reference as unknown as { data: Record<string, unknown> }).data);
  ours = createSpeller();
});

describe('the generated dictionary', () => {
  it('holds exactly the forms nspell expands from dictionary-en', () => {
    expect(forms.length).toBeGreaterThan(100_000);
    const disagree = forms.filter((w) => ours.correct(w) !== reference.correct(w));
    // nspell's compound-only forms ("1th") are in its table yet not correct: both say no.
    expect(disagree).toEqual([]);
  });

  it('agrees with nspell on correct for every form in its cases, the templates\u2019 words and 20,000 typos', () => {
    const next = random(7);
    const sample = new Set<string>();
    for (const w of forms) for (const v of variants(w)) sample.add(v);
    for (const w of templateVocabulary()) for (const v of variants(w)) sample.add(v);
    for (let i = 0; i < 20_000; i++) sample.add(typo(forms[Math.floor(next() * forms.length)]!, next));
    for (const odd of ['', ' ', ' hello ', '21st', '112th', '1th', 'x11thy', 'naïve', 'café', 'Ångström', 'don’t', "I'm", 'a'.repeat(200), '__proto__', 'constructor']) sample.add(odd);
    const disagree = [...sample].filter((w) => ours.correct(w) !== reference.correct(w));
    expect(sample.size).toBeGreaterThan(400_000);
    expect(disagree).toEqual([]);
  });

  it('suggests what nspell suggests, in its order, for typos of dictionary and template words', () => {
    const next = random(11);
    const vocabulary = templateVocabulary().filter((w) => w.length > 3);
    const sample = new Set<string>(['intrested', 'Thnak', 'recieve', 'oppertunity', 'definately', 'wierd', 'JOBB', 'teh', 'x', 'qqqqqq', 'construtor']);
    while (sample.size < 250) {
      const from = next() < 0.5 ? vocabulary[Math.floor(next() * vocabulary.length)]! : forms[Math.floor(next() * forms.length)]!;
      sample.add(typo(from, next));
    }
    const disagree = [...sample].filter((w) => JSON.stringify(ours.suggest(w)) !== JSON.stringify(reference.suggest(w)));
    expect(disagree).toEqual([]);
  }, 120_000);
});
