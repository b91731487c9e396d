/**
 * The draft as the candidate will send it: recipient, subject, body, and the way to send it on
 * its channel (a mailto link, the LinkedIn profile, or posting a card).
 */
import type { Draft } from '../types.ts';
import { ACCENT, FONT, INK, MUTED, button, escapeHtml, escapeLines, href, paragraph } from './html.ts';
import { mailtoLink } from './mailto.ts';

interface Line {
  label: string;
  value: string;
  url?: string;
}

function headerLines(draft: Draft): Line[] {
  const to = draft.to;
  if (!to) return [];
  const address =
    draft.channel === 'linkedin'
      ? { label: 'To', value: `${to.name} on LinkedIn`, url: to.linkedinUrl }
      : { label: 'To', value: to.email ? `${to.name} <${to.email}>` : to.name };
  return [address, ...(draft.subject !== undefined ? [{ label: 'Subject', value: draft.subject }] : [])];
}

/** How to send it, in words (text) and as a button (HTML). */
function howToSend(draft: Draft, bcc?: string): { note?: string; action?: { label: string; url: string } } {
  const to = draft.to;
  if (!to) return {};
  if (draft.channel === 'email') {
    return {
      note: to.email ? undefined : 'No address is recorded; add it in your mail app.',
      action: { label: 'Open in your mail app', url: mailtoLink(draft, bcc) },
    };
  }
  if (draft.channel === 'letter') {
    return { note: `Copy it by hand onto a card, sign it, and post it today to ${to.name} at ${draft.about.company}.` };
  }
  const step = draft.kind === 'linkedin_connect' ? 'choose Connect, then "Add a note", and paste it' : 'choose Message and paste it';
  return {
    note: `Copy the message, open ${to.name}'s profile, ${step}.`,
    action: to.linkedinUrl ? { label: `Open ${to.name}'s LinkedIn profile`, url: to.linkedinUrl } : undefined,
  };
}

export function draftCardHtml(draft: Draft, bcc?: string): string {
  const lines = headerLines(draft).map(
    (l) =>
      `<tr><td style="${FONT};font-size:13px;color:${MUTED};padding:0 10px 6px 0;vertical-align:top">${escapeHtml(l.label)}</td>` +
      `<td style="${FONT};font-size:14px;color:${INK};padding:0 0 6px">${
        l.url ? `<a href="${href(l.url)}" style="color:${ACCENT}">${escapeHtml(l.value)}</a>` : escapeHtml(l.value)
      }</td></tr>`,
  );
  const { note, action } = howToSend(draft, bcc);
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f8fafc" style="border:1px solid #e4e7eb;border-left:4px solid ${ACCENT};border-radius:6px">` +
    `<tr><td style="padding:16px 18px">` +
    (lines.length ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin-bottom:8px">${lines.join('')}</table>` : '') +
    `<div style="${FONT};font-size:15px;line-height:1.55;color:${INK}">${escapeLines(draft.body.replace(/^- /gm, '• '))}</div>` +
    `</td></tr></table>` +
    `<div style="padding-top:14px">${action ? button(action.label, action.url, true) : ''}</div>` +
    (note ? paragraph(escapeHtml(note), `font-size:14px;color:${MUTED}`) : '')
  );
}

export function draftCardText(draft: Draft): string {
  const { note, action } = howToSend(draft);
  const header = headerLines(draft).map((l) => `${l.label}: ${l.value}${l.url ? ` (${l.url})` : ''}`);
  const indented = draft.body.split('\n').map((l) => (l ? `  ${l}` : ''));
  return [...header, ...(header.length ? [''] : []), ...indented, '', // A mailto link is unreadable as text; the draft above is there to copy.
    ...(action && draft.channel !== 'email' ? [`${action.label}: ${action.url}`] : []), ...(note ? [note] : [])].join('\n');
}
