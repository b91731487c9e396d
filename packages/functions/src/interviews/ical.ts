/**
 * RFC 5545 by hand: text escaping and line folding at 75 octets, never inside a UTF-8 character.
 * (The `ics` package folded at 75 characters, so non-ASCII lines reached 76 octets and more.)
 */

/** TEXT values: backslash, `;`, `,` and newlines escaped (RFC 5545 §3.3.11). */
export const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/**
 * One content line, folded so that no physical line is longer than 75 octets: continuation
 * lines begin with a space, which counts.
 * @example fold('DESCRIPTION:' + 'é'.repeat(40)) // 'DESCRIPTION:éééé…\r\n éé…'
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `20250116T160000Z` */
export const utcStamp = (iso: string | number) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The lines of a calendar, CRLF-terminated. */
export const calendarText = (lines: string[]) => lines.map(fold).join('\r\n') + '\r\n';
