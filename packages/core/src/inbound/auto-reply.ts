/**
 * Is this message an automatic reply? RFC 3834 first, then the headers vendors use instead,
 * then the subjects people (and Exchange) give them. Returns the rule that said so.
 */
import type { InboundMessage } from './message.ts';

/** Subjects of out-of-office replies: Exchange/Outlook ("Automatic reply:"), Gmail's vacation responder (the subject the user set, often these), Lotus ("AUTO:"). */
const AUTO_SUBJECT = /^\s*(automatic reply|auto(matic)?[- ]?reply|auto|out of (the )?office|ooo|abwesenheitsnotiz|réponse automatique|respuesta automática)\b\s*[:\-–]?/i;

/**
 * @example autoReplyRule({ headers: { 'auto-submitted': 'auto-replied' }, … }) // 'Auto-Submitted: auto-replied (RFC 3834)'
 */
export function autoReplyRule(message: Pick<InboundMessage, 'headers' | 'subject'>): string | undefined {
  const h = message.headers;
  const submitted = h['auto-submitted']?.trim().toLowerCase();
  // RFC 3834 §5: any value but `no` marks an automatic message.
  if (submitted && !submitted.startsWith('no')) return `Auto-Submitted: ${submitted} (RFC 3834)`;
  if (h['x-autoreply'] !== undefined) return 'X-Autoreply header';
  if (h['x-autorespond'] !== undefined) return 'X-Autorespond header';
  if (/^\s*auto_reply\b/i.test(h['precedence'] ?? '')) return 'Precedence: auto_reply';
  if (h['x-ms-exchange-inbox-rules-loop'] !== undefined) return "Exchange's X-MS-Exchange-Inbox-Rules-Loop header";
  return autoReplySubject(message.subject);
}

/** The subject rule alone: what is left of an auto-reply the candidate forwarded. */
export function autoReplySubject(subject: string): string | undefined {
  const bare = subject.replace(/^\s*((fwd?|fw|wg|tr)\s*:\s*)+/i, '');
  return AUTO_SUBJECT.test(bare) ? `subject "${bare.slice(0, 60)}"` : undefined;
}
