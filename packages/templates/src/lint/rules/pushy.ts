/** Phrases the guide calls pushy or desperate; each names a calmer way to say it. */
import { at, type Rule } from '../rule.ts';

const PUSHY: [RegExp, string][] = [
  [/\bjust (?:checking|touching) (?:in|base)\b/gi, 'say what you are writing about instead'],
  [/\bjust following up\b|\bfollowing up again\b/gi, 'say what is new in this message instead'],
  [/\bcircling back\b|\btouching base\b|\bbumping (?:this|my)\b/gi, 'say what you are writing about instead'],
  [/\b(?:as )?per my (?:last|previous) (?:email|message|note)\b/gi, 'it reads as a reproach; restate the point instead'],
  [/\bany updates?\s*[?!]{2,}/gi, 'ask once, politely: "Is there any news on the timeline?"'],
  [/\bASAP\b|\bas soon as possible\b/gi, 'the timeline is theirs; ask about it instead'],
  [/\bI (?:still )?(?:haven't|have not) heard back\b/gi, 'it reads as a complaint; show interest instead'],
  [/\bI need (?:an answer|a decision|to know)\b/gi, 'the timeline is theirs; ask about it instead'],
];

export const pushy: Rule = ({ fields }) =>
  fields.flatMap((field) =>
    PUSHY.flatMap(([pattern, advice]) =>
      [...field.text.matchAll(pattern)].map((m) =>
        at(field, m.index, m.index + m[0].length, {
          rule: 'pushy',
          severity: 'warning',
          message: `"${m[0]}" sounds pushy: ${advice}.`,
        }),
      ),
    ),
  );
