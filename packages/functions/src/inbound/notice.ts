/**
 * The emails receiving mail sends — to the candidate, never to the employer:
 * - "They replied — it looks like an offer": what arrived, that the follow-ups are paused, and
 *   one-click buttons to confirm or correct (the reminder's signed action links). Only that
 *   click applies an offer, a next round or a rejection.
 * - A bounce: which contact's address does not take mail.
 */
import type { OutgoingEmail, StoredInterview } from '@followup/core/ports';
import { STATUS_FOLLOW_UPS, type MilestoneKind } from '@followup/core/planner';
import { actionLinks, type LinkSettings } from '../delivery/action-links.ts';
import type { Notice } from './apply-message.ts';

const LOOKS_LIKE = { offer: 'an offer', next_round: 'a next round', rejection: 'a rejection', other: 'an answer' } as const;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const button = (label: string, url: string, primary: boolean) =>
  `<a href="${esc(url)}" style="${FONT};display:inline-block;margin:0 8px 8px 0;padding:9px 16px;border:1px solid #2456a6;border-radius:6px;font-size:14px;font-weight:600;text-decoration:none;background:${primary ? '#2456a6' : '#fff'};color:${primary ? '#fff' : '#2456a6'}">${esc(label)}</a>`;

/** The kind the action links name: replies act on the interview, so any milestone of it does; a status follow-up reads best. */
function linkKind(interview: StoredInterview): MilestoneKind {
  const { milestones } = interview.state;
  return (milestones.find((m) => (STATUS_FOLLOW_UPS as readonly string[]).includes(m.kind)) ?? milestones[0])?.kind ?? 'follow_up_1';
}

function page(title: string, paragraphs: string[], buttons = ''): string {
  const body = paragraphs.map((p) => `<p style="${FONT};font-size:15px;line-height:1.5;color:#1f2933;margin:0 0 12px">${p}</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="margin:0;padding:24px;background:#eef2f6">`
    + `<div style="max-width:600px;margin:0 auto;background:#fff;border:1px solid #d9e2ec;border-radius:10px;padding:24px 28px">`
    + `<div style="${FONT};font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:#2456a6">followup</div>`
    + `<h1 style="${FONT};font-size:22px;color:#1f2933;margin:6px 0 14px">${esc(title)}</h1>${body}${buttons}`
    + `<p style="${FONT};font-size:12px;color:#52606d;margin:18px 0 0">followup only ever writes to you; it never answers a message and never contacts an employer.</p></div></body></html>`;
}

/**
 * @example await mailer.send(noticeEmail(interview, notice, links, from, clock.now()))
 */
export function noticeEmail(interview: StoredInterview, notice: Notice, links: LinkSettings, from: string, now: number): OutgoingEmail {
  const { record } = interview.state;
  const about = `${record.role} at ${record.company.name}`;
  const tags = { tenant: interview.tenant, interview: interview.id, milestone: 'inbound' };
  if (notice.type === 'bounce') {
    const who = notice.contacts.join(', ');
    const subject = `Your message to ${who} did not arrive`;
    const lines = [`A delivery failure report came back for ${who} (${about}): that address does not take mail.`, 'Check the address with the recruiter or on the company site, and send your message again.'];
    return { to: record.candidate.email, from, subject, html: page(subject, lines.map(esc)), text: [subject, '', ...lines].join('\n'), headers: {}, tags };
  }
  const ref = { tenantId: interview.tenant, interviewId: interview.id, kind: linkKind(interview), revision: 0 };
  const { replied } = actionLinks(links, ref, now);
  const subject = `They replied — it looks like ${LOOKS_LIKE[notice.verdict]}`;
  const why = notice.because ? ` (it says "${notice.because}")` : '';
  const lines = [
    `${notice.from} answered about ${about}${why}. We've paused your follow-ups${notice.decisionDate ? ` and will plan the next one after their decision date, ${notice.decisionDate}` : ''}.`,
    'What was it? Your click decides; nothing else changes until you choose.',
  ];
  const choices: [string, string][] = [
    [notice.verdict === 'offer' ? 'Yes, an offer' : 'It was an offer', replied.offer],
    [notice.verdict === 'next_round' ? 'Yes, a next round' : 'A next round', replied.next_round],
    [notice.verdict === 'rejection' ? 'Yes, a rejection' : 'A rejection', replied.rejection],
    ['Something else', replied.other],
  ];
  const order = ['offer', 'next_round', 'rejection', 'other'].indexOf(notice.verdict);
  const html = page(subject, [esc(lines[0]!), notice.excerpt ? `<span style="color:#52606d">“${esc(notice.excerpt)}”</span>` : '', esc(lines[1]!)].filter(Boolean),
    choices.map(([label, url], i) => button(label, url, i === order)).join(''));
  const text = [subject, '', lines[0], ...(notice.excerpt ? ['', `  "${notice.excerpt}"`] : []), '', lines[1], ...choices.map(([label, url]) => `  ${label}: ${url}`)].join('\n');
  return { to: record.candidate.email, from, subject, html, text, headers: {}, tags };
}
