/**
 * A received message as the inbound rules read it: what a MIME parser (mailparser, in
 * packages/functions) made of the raw bytes, reduced to what the rules need. No MIME here.
 */

/** The limits every message is checked against before any rule reads it. */
export const INBOUND_LIMITS = {
  /** Raw message size: a reply or an out-of-office is a few KB; a forwarded thread with images is not ours to keep. */
  maxBytes: 512 * 1024,
  /** Header lines of the outer message (a relayed message has a few dozen). */
  maxHeaders: 300,
  /** RFC 5321: 64 (local part) + 1 + 255 (domain). */
  maxAddressLength: 320,
  /** Recipients in the envelope (RCPT TO / SES's receipt.recipients). */
  maxRecipients: 20,
  /** Text the rules read; the rest is ignored. */
  maxTextChars: 64 * 1024,
  /** What the message log keeps of the body, quoted history stripped. */
  excerptChars: 500,
} as const;

export interface MailAddress {
  /** Lower-cased. */
  address: string;
  name?: string;
}

export interface InboundMessage {
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** The `Date` header (epoch ms); undefined when absent or unreadable. */
  date?: number;
  /** The `Message-ID` header without angle brackets. */
  messageId?: string;
  /** Header names lower-cased, each with its first value as text. */
  headers: Record<string, string>;
  /** `multipart/report; report-type=delivery-status`, `text/plain` … as sent, lower-cased. */
  contentType: string;
  /** The plain-text body (or the HTML's text), at most `maxTextChars`. */
  text: string;
  /** The `message/delivery-status` part of a DSN, as text, when there is one. */
  deliveryStatus?: string;
}
