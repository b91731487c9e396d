/**
 * Raw message bytes → the core's `InboundMessage`, by mailparser (no MIME by hand). Bounds are
 * checked before parsing (size, header lines), and on what parsing gives (addresses). Every
 * attachment is ignored except a DSN's `message/delivery-status` part, read as text.
 */
import { INBOUND_LIMITS, type InboundMessage, type MailAddress } from '@followup/core/inbound';
import { simpleParser, type AddressObject } from 'mailparser';

export class UnreadableMessage extends Error {}

/** Header lines before the first blank line (folded lines count with theirs). Counted on the bytes: a header flood is refused unparsed. */
function headerLineCount(raw: Uint8Array): number {
  let lines = 0;
  let lineStart = 0;
  for (let i = 0; i < raw.length && i < 256 * 1024; i++) {
    if (raw[i] !== 0x0a) continue;
    const line = i - lineStart - (raw[i - 1] === 0x0d ? 1 : 0);
    if (line <= 0) return lines; // the blank line: headers end
    const folded = raw[lineStart] === 0x20 || raw[lineStart] === 0x09;
    if (!folded) lines++;
    lineStart = i + 1;
  }
  return lines;
}

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const out: MailAddress[] = [];
  const walk = (list: AddressObject['value']) => {
    for (const a of list) {
      if (a.group) walk(a.group);
      else if (a.address && a.address.length <= INBOUND_LIMITS.maxAddressLength) out.push({ address: a.address.toLowerCase(), ...(a.name && { name: a.name.slice(0, 200) }) });
    }
  };
  for (const o of objects) walk(o.value);
  return out.slice(0, 100);
}

/**
 * @example const message = await parseMessage(rawBytes) // { from: { address: 'maya@acme.example' }, subject: 'Re: …', … }
 */
export async function parseMessage(raw: Uint8Array): Promise<InboundMessage> {
  if (raw.length > INBOUND_LIMITS.maxBytes) throw new UnreadableMessage(`larger than ${INBOUND_LIMITS.maxBytes / 1024} KB`);
  const headerLines = headerLineCount(raw);
  if (headerLines > INBOUND_LIMITS.maxHeaders) throw new UnreadableMessage(`${headerLines} header lines (at most ${INBOUND_LIMITS.maxHeaders})`);
  const parsed = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.length), {
    keepDeliveryStatus: true,
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: INBOUND_LIMITS.maxBytes,
  });
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers[key.toLowerCase()] ??= value.slice(0, 2000);
  }
  const [from] = addresses(parsed.from);
  const status = parsed.attachments.find((a) => a.contentType === 'message/delivery-status');
  const date = parsed.date?.getTime();
  return {
    ...(from && { from }),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: (parsed.subject ?? '').slice(0, 998),
    ...(date !== undefined && Number.isFinite(date) && { date }),
    ...(parsed.messageId && { messageId: parsed.messageId.replace(/^<|>$/g, '').slice(0, 998) }),
    headers,
    contentType: (headers['content-type'] ?? 'text/plain').toLowerCase(),
    text: (parsed.text ?? '').slice(0, INBOUND_LIMITS.maxTextChars),
    ...(status && { deliveryStatus: status.content.toString('utf8').slice(0, INBOUND_LIMITS.maxTextChars) }),
  };
}
