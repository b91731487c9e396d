/**
 * The link that opens the draft in the candidate's mail app (RFC 6068): every header value
 * percent-encoded as UTF-8, line breaks as %0D%0A, the address readable.
 */
import type { Draft } from '../types.ts';

const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));

/**
 * @example mailtoLink(d) // 'mailto:dana.kim@acme.example?subject=Thank%20you…&body=Dear%20Dana…'
 */
export function mailtoLink(draft: Pick<Draft, 'to' | 'subject' | 'body'>, bcc?: string): string {
  const to = draft.to?.email ? encodeURIComponent(draft.to.email).replace(/%40/g, '@') : '';
  // `bcc`: the interview's reply address, so a copy of what the candidate sends reaches followup.
  const query = [bcc && `bcc=${encodeURIComponent(bcc).replace(/%40/g, '@')}`, draft.subject !== undefined && `subject=${encode(draft.subject)}`, `body=${encode(draft.body)}`].filter(Boolean);
  return `mailto:${to}?${query.join('&')}`;
}
