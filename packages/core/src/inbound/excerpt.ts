/**
 * What the message log keeps of a body: the new text only. Quoted history (`>` lines, "On …
 * wrote:", an Outlook or forwarded header block) and the signature are cut, whitespace folded.
 */
import { INBOUND_LIMITS } from './message.ts';

const HISTORY = [
  /^On .{4,200}wrote:\s*$/m,
  /^Am .{4,200}schrieb.*:\s*$/m,
  /^Le .{4,200}a écrit\s*:\s*$/m,
  /^-{5,}\s*Forwarded message\s*-{5,}/m,
  /^\s*Begin forwarded message:/m,
  /^_{10,}\s*$/m,
  /^-{3,}\s*Original Message\s*-{3,}/m,
  /^From:\s.+\n(Sent|Date):\s/m,
  /^-- ?$/m,
];

/**
 * @example excerptOf('Thanks Ann!\n\nOn Mon, Jan 20, Ann wrote:\n> Hi') // 'Thanks Ann!'
 */
export function excerptOf(text: string, maxChars: number = INBOUND_LIMITS.excerptChars): string {
  let body = text.replace(/\r\n/g, '\n');
  for (const marker of HISTORY) {
    const at = marker.exec(body);
    if (at) body = body.slice(0, at.index);
  }
  const kept = body.split('\n').filter((l) => !/^\s*>/.test(l)).join('\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return kept.length > maxChars ? `${kept.slice(0, maxChars - 1)}…` : kept;
}
