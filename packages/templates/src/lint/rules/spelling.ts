/**
 * Words the English dictionary does not know, with its suggestions. Names and words from the
 * record are accepted; a capitalised word mid-sentence is a name, left to `wrong_name`.
 */
import { isBritishVariant, isDictionaryWord, isVouchedFor, speller } from '../dictionary.ts';
import { at, type Rule } from '../rule.ts';
import { isCapitalised, maskLinks, maskQuotes, tokens } from '../tokens.ts';

const isAcronym = (word: string) => word.length <= 5 && word === word.toUpperCase();

/** An en-GB candidate writes British English: its -ise and -our spellings are not mistakes. */
export const spelling: Rule = ({ fields, record }) =>
  fields.flatMap((field) =>
    tokens(maskQuotes(maskLinks(field.text)))
      .filter((t) => !(isCapitalised(t.word) && !t.sentenceStart))
      .filter((t) => !isAcronym(t.word) && !isVouchedFor(t.word, record) && !isDictionaryWord(t.word))
      .filter((t) => !(record.candidate.country === 'GB' && isBritishVariant(t.word.toLowerCase())))
      .map((t) => {
        const suggestions = speller().suggest(t.word).slice(0, 3);
        return at(field, t.start, t.end, {
          rule: 'spelling',
          severity: 'warning',
          message: `"${t.word}" is not in the dictionary${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '.'}`,
          suggestions,
        });
      }),
  );
