/**
 * The From of a reminder: the deployment's address (FOLLOWUP_MAIL_FROM), under the tenant's
 * sender name where it set one ("Acme Careers via followup"), encoded as RFC 2047 asks of a
 * name that is not plain ASCII (SES v2 takes such names only encoded).
 */
import addressparser from 'nodemailer/lib/addressparser';
import { encodeWord, isPlainText } from 'nodemailer/lib/mime-funcs';

/**
 * @example senderFor('followup <reminders@example.com>', 'Acme Careers') // '"Acme Careers via followup" <reminders@example.com>'
 * @example senderFor('followup <reminders@example.com>') // 'followup <reminders@example.com>'
 */
export function senderFor(from: string, senderName?: string): string {
  if (!senderName) return from;
  const [parsed] = addressparser(from, { flatten: true });
  if (!parsed?.address) return from;
  const name = `${senderName} via ${parsed.name || 'followup'}`;
  const display = isPlainText(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeWord(name, 'Q');
  return `${display} <${parsed.address}>`;
}
