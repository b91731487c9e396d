/**
 * A message the candidate forwarded: the original's sender, date, subject and text, read from
 * the header block that Gmail, Outlook and Apple Mail put above a forwarded message.
 *
 *   Gmail        ---------- Forwarded message ---------      From / Date / Subject / To
 *   Outlook      ________________________________            From / Sent / To / Subject
 *                (or -----Original Message-----)
 *   Apple Mail   Begin forwarded message:                    From / Subject / Date / To
 */
import type { MailAddress } from './message.ts';

export type ForwardFormat = 'gmail' | 'outlook' | 'apple_mail';

export interface Forwarded {
  format: ForwardFormat;
  from?: MailAddress;
  /** The original's date as written (`Mon, Jan 20, 2025 at 10:03 AM`); parsed by the caller. */
  dateText?: string;
  subject?: string;
  /** The original's text, below its header block. */
  text: string;
}

const MARKERS: { format: ForwardFormat; marker: RegExp }[] = [
  { format: 'gmail', marker: /^-{5,}\s*Forwarded message\s*-{5,}\s*$/im },
  { format: 'apple_mail', marker: /^\s*Begin forwarded message:\s*$/im },
  { format: 'outlook', marker: /^(_{10,}|-{3,}\s*Original Message\s*-{3,})\s*$/im },
];

/** Header labels of the block (English; Outlook writes `Sent` for the date). */
const FIELD = /^\s*\*?(From|Date|Sent|Subject|To|Cc|Reply-To)\*?\s*:\s*(.*)$/i;

/**
 * @example forwardedOf('---------- Forwarded message ---------\nFrom: Maya Chen <maya@acme.example>\n…') // { format: 'gmail', from: { address: 'maya@acme.example', name: 'Maya Chen' }, … }
 */
export function forwardedOf(text: string): Forwarded | undefined {
  const found = MARKERS.map((m) => ({ ...m, at: m.marker.exec(text) })).filter((m) => m.at).sort((a, b) => a.at!.index - b.at!.index)[0];
  if (!found) return undefined;
  const lines = text.slice(found.at!.index + found.at![0].length).replace(/\r\n/g, '\n').split('\n');
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++; // Apple Mail leaves a blank line after its marker
  for (; i < lines.length && i < 40; i++) {
    const match = FIELD.exec(lines[i]!.replace(/^>\s?/, ''));
    if (!match) break;
    fields[match[1]!.toLowerCase()] ??= match[2]!.trim();
  }
  if (!fields.from) return undefined;
  return {
    format: found.format,
    from: parseAddress(fields.from),
    dateText: fields.date ?? fields.sent,
    subject: fields.subject,
    text: lines.slice(i).map((l) => l.replace(/^>\s?/, '')).join('\n').trim(),
  };
}

/**
 * `Maya Chen <maya@acme.example>`, `"Chen, Maya" <maya@acme.example>`, `maya@acme.example`,
 * Outlook's `Maya Chen [mailto:maya@acme.example]`.
 */
export function parseAddress(value: string): MailAddress | undefined {
  const angle = /^(.*?)[<[](?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)[>\]]\s*$/i.exec(value.trim());
  if (angle) {
    const name = angle[1]!.trim().replace(/^"|"$/g, '');
    return { address: angle[2]!.toLowerCase(), ...(name && { name }) };
  }
  const bare = /^([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.exec(value.trim());
  return bare ? { address: bare[1]!.toLowerCase() } : undefined;
}
