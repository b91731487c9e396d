/** Escaping and the few HTML pieces every part of the reminder uses. Mail clients ignore <style>, so styles are inline. */
import { UnsafeLink } from '../errors.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @example escapeHtml('<script>') // '&lt;script&gt;' */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escaped, with line breaks kept (`white-space: pre-wrap` is not honoured by Outlook). */
export function escapeLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

/**
 * An href attribute value: only http(s), mailto and #fragments, escaped for the attribute.
 * @example href('https://x.example/a?b=1&c=2') // 'https://x.example/a?b=1&amp;c=2'
 */
export function href(url: string): string {
  // Whitespace and quotes never belong in a URL we built or signed; they would also break a header.
  if (!/^(?:https?:\/\/|mailto:|#)/i.test(url) || /[\s<>"]/.test(url)) throw new UnsafeLink(url);
  return escapeHtml(url);
}

export const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
export const INK = '#1f2933';
export const MUTED = '#52606d';
export const ACCENT = '#2456a6';

/** A link styled as a button: a one-cell table, which Outlook pads and colours reliably. */
export function button(label: string, url: string, primary = false): string {
  const bg = primary ? ACCENT : '#ffffff';
  const fg = primary ? '#ffffff' : ACCENT;
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="display:inline-table;margin:0 8px 8px 0"><tr>` +
    `<td bgcolor="${bg}" style="border:1px solid ${ACCENT};border-radius:6px;padding:9px 16px">` +
    `<a href="${href(url)}" style="${FONT};font-size:14px;font-weight:600;color:${fg};text-decoration:none">${escapeHtml(label)}</a>` +
    `</td></tr></table>`
  );
}

/** A titled block of the card. */
export function section(title: string, inner: string): string {
  return (
    `<tr><td style="padding:20px 28px 4px">` +
    `<h2 style="${FONT};font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:${MUTED};margin:0 0 10px">${escapeHtml(title)}</h2>` +
    `${inner}</td></tr>`
  );
}

export function paragraph(inner: string, style = ''): string {
  return `<p style="${FONT};font-size:15px;line-height:1.5;color:${INK};margin:0 0 10px;${style}">${inner}</p>`;
}
