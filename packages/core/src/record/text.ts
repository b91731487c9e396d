/**
 * Text the record carries into email headers, subjects, mailto links and hrefs. What rendering
 * needs is checked at the door, so a record that is accepted always renders:
 *
 *   header text (names, titles, company, role, topics, externalId): no control characters at all
 *   note text (a candidate's answer to a concern): line breaks allowed, nothing else
 *   link (LinkedIn profile, job posting): http(s)://, none of  space " ' < > \ `  and no controls
 *
 * A lone surrogate (half of an emoji's UTF-16 pair) is refused everywhere: it cannot be encoded
 * as UTF-8, so `encodeURIComponent` (the mailto link) throws on it.
 */
import { z } from 'zod';

/** C0 (NUL, TAB, LF, CR …), DEL, C1, and U+2028/U+2029 (line and paragraph separators). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The same but CR and LF. */
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
/** With the `u` flag a well-formed pair is one code point; only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** What a link must not contain: it would end an attribute, a header or a mailto, or be read two ways. */
const LINK_BREAKER = /[\s"'<>\\`\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const MAX_LINK_LENGTH = 2048;

const WELL_FORMED = { message: 'must be valid Unicode (it contains a lone surrogate)', abort: true } as const;

/** Whether `value` has no lone surrogate (it can be written as UTF-8). */
export const isWellFormed = (value: string): boolean => !LONE_SURROGATE.test(value);
/** Whether `value` holds no control character (line breaks included). */
export const isHeaderSafe = (value: string): boolean => !CONTROL.test(value) && isWellFormed(value);

/**
 * One line of text that may reach a header or a subject, trimmed, 1 to `max` characters.
 * @example headerText(200).safeParse('Acme\r\nBcc: x@evil.example').success // false
 */
export function headerText(max: number) {
  return z
    .string()
    .refine(isWellFormed, WELL_FORMED)
    .refine((v) => !CONTROL.test(v), { message: 'must be one line without control characters (CR, LF, TAB, NUL …)', abort: true })
    .trim()
    .min(1, 'must not be empty')
    .max(max);
}

/**
 * Free text of the body only: line breaks kept, other control characters refused.
 * @example noteText(500).safeParse('Yes:\n- Kafka\n- Flink').success // true
 */
export function noteText(max: number) {
  return z
    .string()
    .refine(isWellFormed, WELL_FORMED)
    .refine((v) => !CONTROL_BUT_LINE_BREAKS.test(v), { message: 'must not contain control characters other than line breaks', abort: true })
    .trim()
    .min(1, 'must not be empty')
    .max(max);
}

/**
 * A URL a link may carry: `http://` or `https://`, at most 2048 characters, nothing that would
 * break out of an href, a header or a mailto (the reminder's `href()` refuses the same).
 * @example linkUrl.safeParse('https://www.linkedin.com/in/dana"onmouseover="x').success // false
 */
export const linkUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an http(s) URL') })
  .max(MAX_LINK_LENGTH, `must be at most ${MAX_LINK_LENGTH} characters`)
  .refine(isWellFormed, WELL_FORMED)
  .refine((v) => !LINK_BREAKER.test(v), { message: 'must not contain spaces, quotes, <, >, \\, ` or control characters', abort: true })
  .refine((v) => /^https?:\/\/[^/?#]/i.test(v) && URL.canParse(v), { message: 'must be an http(s) URL, e.g. https://www.linkedin.com/in/dana-kim', abort: true });
