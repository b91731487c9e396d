/** Words with their offsets, and the masks that hide what is not prose (links, quotations). */

export interface Token {
  word: string;
  start: number;
  end: number;
  /** First word of a sentence, a line or a list item: a capital there says nothing about names. */
  sentenceStart: boolean;
}

// Letters, with inner apostrophes ("I'm", "don’t"); hyphens split ("thank-you" → thank, you).
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const GAP = /[\s"“(\-–—]/u;

export function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // Walk back over the gap before the word (spaces, quotes, dashes) to what ends the text before it.
    let gapStart = m.index;
    while (gapStart > 0 && GAP.test(text[gapStart - 1]!)) gapStart--;
    return {
      word: m[0],
      start: m.index,
      end: m.index + m[0].length,
      sentenceStart: gapStart === 0 || text.slice(gapStart, m.index).includes('\n') || /[.!?:]/.test(text[gapStart - 1]!),
    };
  });
}

const blank = (s: string) => ' '.repeat(s.length);

/** URLs and email addresses are not words to spell-check; offsets stay the same. */
export function maskLinks(text: string): string {
  return text.replace(/\b(?:https?:\/\/|mailto:)\S+|\S+@\S+/g, blank);
}

/** Quoted text is cited, not claimed (a correction quotes the wrong name on purpose). */
export function maskQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”/g, blank);
}

export function isCapitalised(word: string): boolean {
  return word[0] !== word[0]?.toLowerCase();
}
