/**
 * The message log (issue 13): every message received at an interview's reply address, what
 * it was understood as and what it changed. It also deduplicates: a message (by Message-ID)
 * is applied once, however often a mail system delivers it. Nothing about DynamoDB.
 */
import type { Page, PageQuery } from './webhooks.ts';

/**
 * What a message was understood as. `processing` only while its first receipt is carried out.
 * - `sent_copy`: the candidate's own sent draft (their Bcc)
 * - `auto_reply`: an automatic (out-of-office) reply
 * - `bounce`: a delivery failure report
 * - `reply`: a human reply from the employer, forwarded by the candidate or sent directly
 * - `quarantined`: from anyone else; applied to nothing
 * - `duplicate`: a message already received; nothing changed
 */
export const MESSAGE_KINDS = ['sent_copy', 'auto_reply', 'bounce', 'reply', 'quarantined', 'duplicate', 'processing'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface MessageEntry {
  /** This entry's own id. */
  id: string;
  tenant: string;
  interviewId: string;
  /** What redeliveries share: the Message-ID, or the SHA-256 of the raw message without one. */
  messageKey: string;
  receivedAt: string;
  from?: string;
  subject: string;
  /** The message's `Date` (ISO), when it had one. */
  date?: string;
  understoodAs: MessageKind;
  /** What it was understood as, and by which rule. */
  why: string;
  /** What it changed, in a sentence ("nothing" included). */
  changed: string;
  /** For a reply: what the classifier suggests (the candidate confirms). */
  suggestion?: 'offer' | 'next_round' | 'rejection' | 'other';
  /** A few headers, for support: Message-ID, Auto-Submitted, In-Reply-To … */
  headers: Record<string, string>;
  /** The new text, quoted history stripped, at most 500 characters. */
  excerpt: string;
}

/**
 * Entries are kept 30 days (POLICY: bodies are not kept longer), then the store forgets them.
 * @example const earlier = await log.claim(entry) // undefined: the first receipt, carry it out
 */
export interface MessageStore {
  /** Claims `entry.messageKey` for its interview as `processing`; returns the entry already holding it instead. */
  claim(entry: MessageEntry): Promise<MessageEntry | undefined>;
  /** The claimed message's final entry. */
  settle(entry: MessageEntry): Promise<void>;
  /** Frees a claim whose processing failed, so a redelivery is carried out. */
  release(entry: MessageEntry): Promise<void>;
  /** Logs a message refused before any claim (quarantined) or a later receipt (duplicate). */
  log(entry: MessageEntry): Promise<void>;
  /** The interview's messages, newest first. */
  list(tenant: string, interviewId: string, query: PageQuery): Promise<Page<MessageEntry>>;
}

/**
 * Where the receiving mail system left a message's raw bytes (SES receiving: an S3 object).
 * @example const raw = await source.read('inbound/0a1b2c…')
 */
export interface RawMailSource {
  /** At most `maxBytes`; `tooLarge` when the object is bigger (its bytes are then not read). */
  read(objectKey: string, maxBytes: number): Promise<{ raw: Uint8Array; tooLarge: boolean }>;
}
