/** The linter's findings, as the candidate reads them before sending: what, where, how bad. */
import { excerpt } from '../lint/rule.ts';
import type { Draft, Finding } from '../types.ts';
import { FONT, INK, MUTED, escapeHtml, paragraph } from './html.ts';

const ALL_CLEAR = 'No problems found. Read it aloud once before you send it.';

function where(draft: Draft, f: Finding): string {
  if (!f.span) return '';
  const text = excerpt(draft, f.span);
  return text.trim() ? ` (${f.span.field}: "${text.length > 40 ? `${text.slice(0, 40)}…` : text}")` : ` (${f.span.field})`;
}

export function findingsHtml(draft: Draft): string {
  if (!draft.findings.length) return paragraph(escapeHtml(ALL_CLEAR));
  const rows = draft.findings.map((f) => {
    const [label, bg, fg] = f.severity === 'error' ? ['Fix', '#fde8e8', '#9b1c1c'] : ['Check', '#fdf6e3', '#8a5a00'];
    return (
      `<tr><td valign="top" style="padding:0 10px 10px 0"><span style="${FONT};display:inline-block;font-size:12px;font-weight:700;background:${bg};color:${fg};border-radius:4px;padding:2px 8px">${label}</span></td>` +
      `<td valign="top" style="${FONT};font-size:14px;line-height:1.45;color:${INK};padding:0 0 10px">${escapeHtml(f.message)}` +
      `<span style="color:${MUTED}">${escapeHtml(where(draft, f))}</span></td></tr>`
    );
  });
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0">${rows.join('')}</table>`;
}

export function findingsText(draft: Draft): string {
  if (!draft.findings.length) return ALL_CLEAR;
  return draft.findings.map((f) => `  [${f.severity === 'error' ? 'fix' : 'check'}] ${f.message}${where(draft, f)}`).join('\n');
}
