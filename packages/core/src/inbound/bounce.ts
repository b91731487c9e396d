/**
 * Delivery failure reports. A DSN (RFC 3464, `multipart/report; report-type=delivery-status`)
 * names each recipient with `Final-Recipient` and `Action: failed`. A bounce the candidate
 * forwarded has lost its structure: there the text of the common bounce notices is read.
 */
import type { InboundMessage } from './message.ts';

const ADDRESS = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+/gi;

/** Is it a DSN by its content type? */
export function isDeliveryReport(message: Pick<InboundMessage, 'contentType'>): boolean {
  return /multipart\/report/i.test(message.contentType) && /report-type\s*=\s*"?delivery-status/i.test(message.contentType);
}

/**
 * The recipients a DSN reports as failed (lower-cased); delayed or delivered ones are not.
 * @example failedRecipients('Final-Recipient: rfc822; maya@acme.example\nAction: failed\nStatus: 5.1.1') // ['maya@acme.example']
 */
export function failedRecipients(deliveryStatus: string): string[] {
  const failed = new Set<string>();
  // Per-recipient fields come in groups separated by blank lines (RFC 3464 §2.3).
  for (const group of deliveryStatus.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const recipient = /^final-recipient\s*:\s*rfc822\s*;\s*<?([^>\s]+)>?/im.exec(group)?.[1];
    const action = /^action\s*:\s*(\w+)/im.exec(group)?.[1]?.toLowerCase();
    if (recipient && action === 'failed') failed.add(recipient.toLowerCase());
  }
  return [...failed];
}

/** From a mail system rather than a person: what a forwarded bounce's original From looks like. */
export function isMailSystem(address: string): boolean {
  return /^(mailer-daemon|postmaster|mail-daemon|bounce[s]?|mail delivery (subsystem|system))(@|$)/i.test(address);
}

/** The text of Gmail's, Outlook's and Postfix's bounce notices: some sentence saying delivery failed. */
const FAILED_TEXT = /(wasn't delivered|was not delivered|couldn't be delivered|could not be delivered|delivery has failed|undeliverable|address not found|user unknown|mailbox unavailable|recipient address rejected|does not exist)/i;

/** The addresses a forwarded bounce notice names, when its text says delivery failed. */
export function addressesInBounceText(text: string): string[] {
  if (!FAILED_TEXT.test(text)) return [];
  return [...new Set((text.slice(0, 8000).match(ADDRESS) ?? []).map((a) => a.toLowerCase()))];
}
