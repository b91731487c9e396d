import type { Milestone } from '@followup/core/planner';
import { UnsafeLink } from '../errors.ts';
import type { Draft } from '../types.ts';
import { actionGroups, type ReminderLinks } from './actions.ts';
import { draftCardHtml, draftCardText } from './draft-card.ts';
import { findingsHtml, findingsText } from './findings.ts';
import { ACCENT, FONT, INK, MUTED, button, escapeHtml, href, paragraph, section } from './html.ts';
import { KIND_TITLES } from './labels.ts';
import type { ReminderMilestone } from './milestone.ts';
import { timelineHtml, timelineText, upcoming } from './timeline.ts';

export type { ReminderMilestone };

export interface Reminder {
  subject: string;
  html: string;
  text: string;
  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058 one-click). */
  headers: Record<string, string>;
}

export interface ReminderOptions {
  /** The candidate's IANA zone, for the zone shown beside every time; default the draft's `timeZone`, else the offset. */
  timeZone?: string;
  /**
   * Further drafts the same milestone carries, each to its own person (`companionDraft`): POLICY's
   * inquiry to a recruiter or HR with follow-up 2; a panel's other interviewers and the recruiter
   * who arranged it with the thank-you. One draft or several.
   */
  alsoDraft?: Draft | readonly Draft[];
  /** The first copy of this reminder may have gone out (its send was never confirmed): say so (POLICY "When a send's outcome is unknown"). */
  possiblyRepeated?: boolean;
  /**
   * The interview's reply address (issue 13): "Open in your mail app" Bccs it, and the reminder
   * says so, and that forwarding the employer's answer there pauses the follow-ups.
   */
  replyAddress?: string;
}

/** The two sentences about the reply address, one each. */
function replyAddressLines(replyAddress: string, emailDraft: boolean): string[] {
  return [
    ...(emailDraft ? ["We've added a Bcc so we know you sent it."] : []),
    `Forward their answer to ${replyAddress} and we'll pause the follow-ups.`,
  ];
}

const REPEAT_NOTE = 'We could not confirm that our first copy of this reminder reached you, so here it is again; if you already have it, this one is the same.';

/** "Also: a short note to Priya Shah", "Also: a thank-you to Raj Patel". */
function alsoTitle(d: Draft): string {
  const name = d.to?.name ?? 'another contact';
  return d.kind === 'thank_you' ? `Also: a thank-you to ${name}` : `Also: a short note to ${name}`;
}

function actionsHtml(draft: Draft, links: ReminderLinks): string {
  return actionGroups(draft.kind, links)
    .map(
      (g) =>
        `<div style="margin-bottom:4px">${g.title ? `<div style="${FONT};font-size:13px;color:${MUTED};margin:4px 0 6px">${escapeHtml(g.title)}</div>` : ''}` +
        `${g.actions.map((a) => button(a.label, a.url, a.primary)).join('')}</div>`,
    )
    .join('');
}

function actionsText(draft: Draft, links: ReminderLinks): string {
  return actionGroups(draft.kind, links)
    .flatMap((g) => g.actions.map((a) => `  ${g.title ? `${g.title} ` : ''}${a.label}: ${a.url}`))
    .join('\n');
}

/**
 * The email that brings a milestone's draft to the candidate (never to the employer): why now,
 * the draft and how to send it, its findings, one-click answers, and what comes next.
 * Every value is HTML-escaped; every link must be http(s), mailto or #fragment (`UnsafeLink`).
 * @example
 * const r = renderReminder(milestone, draft('follow_up_1', record, { now }), plan, links);
 * await mailer.send({ to: record.candidate.email, subject: r.subject, html: r.html, text: r.text, headers: r.headers });
 */
export function renderReminder(milestone: ReminderMilestone, draft: Draft, plan: readonly Milestone[], links: ReminderLinks, options: ReminderOptions = {}): Reminder {
  // RFC 8058 wants https; a stack on one machine serves plain http on loopback.
  if (!/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/])/i.test(links.unsubscribe)) throw new UnsafeLink(links.unsubscribe);
  const title = KIND_TITLES[draft.kind];
  const about = `${draft.about.role} at ${draft.about.company}`;
  const subject = `${title}: ${about}${options.possiblyRepeated ? ' (possibly repeated)' : ''}`;
  const whyNow = options.possiblyRepeated ? `${milestone.reason}. ${REPEAT_NOTE}` : milestone.reason;
  const subline = draft.to ? `To ${draft.to.name} · ${about}` : about;
  const rows = upcoming(milestone, plan, options.timeZone ?? draft.timeZone);
  const also: readonly Draft[] = options.alsoDraft === undefined ? [] : 'kind' in options.alsoDraft ? [options.alsoDraft as Draft] : (options.alsoDraft as readonly Draft[]);
  const footerLinks = [links.plan && `<a href="${href(links.plan)}" style="color:${MUTED}">See the whole plan</a>`, `<a href="${href(links.unsubscribe)}" style="color:${MUTED}">Unsubscribe</a>`];

  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#eef2f6">` +
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(milestone.reason)}</div>` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef2f6"><tr><td align="center" style="padding:24px 12px">` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;border:1px solid #d9e2ec;border-radius:10px">` +
    `<tr><td style="padding:24px 28px 4px;border-bottom:1px solid #eef2f6">` +
    `<div style="${FONT};font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:${ACCENT}">followup</div>` +
    `<h1 style="${FONT};font-size:22px;line-height:1.3;color:${INK};margin:6px 0 4px">${escapeHtml(title)}</h1>` +
    paragraph(escapeHtml(subline), `color:${MUTED};font-size:14px`) +
    `</td></tr>` +
    section('Why now', paragraph(escapeHtml(whyNow))) +
    section(draft.to ? 'Your draft' : 'For you', draftCardHtml(draft, options.replyAddress) +
      (options.replyAddress ? replyAddressLines(options.replyAddress, draft.channel === 'email' && !!draft.to).map((l) => paragraph(escapeHtml(l), `font-size:14px;color:${MUTED}`)).join('') : '')) +
    // Advice is not sent, so there is nothing to check before sending unless the linter found something.
    (draft.to || draft.findings.length ? section(draft.to ? 'Before you send' : 'Notes', findingsHtml(draft)) : '') +
    also.map((d) => section(alsoTitle(d), draftCardHtml(d) + findingsHtml(d))).join('') +
    section('Tell us what happened', actionsHtml(draft, links)) +
    section('What comes next', timelineHtml(rows)) +
    `<tr><td style="padding:18px 28px 24px">` +
    paragraph(`followup only ever writes to you; it never contacts an employer. ${footerLinks.filter(Boolean).join(' · ')}`, `font-size:12px;color:${MUTED}`) +
    `</td></tr></table></td></tr></table></body></html>`;

  const text = [
    title,
    subline,
    '',
    `Why now: ${whyNow}`,
    '',
    draftCardText(draft),
    '',
    ...(options.replyAddress ? [...replyAddressLines(options.replyAddress, draft.channel === 'email' && !!draft.to), ''] : []),
    ...(draft.to || draft.findings.length ? [draft.to ? 'Before you send:' : 'Notes:', findingsText(draft), ''] : []),
    ...also.flatMap((d) => [`${alsoTitle(d)}:`, draftCardText(d), findingsText(d), '']),
    'Tell us what happened:',
    actionsText(draft, links),
    '',
    'What comes next:',
    timelineText(rows),
    '',
    `followup only ever writes to you; it never contacts an employer.${links.plan ? ` Whole plan: ${links.plan}` : ''}`,
    `Unsubscribe: ${links.unsubscribe}`,
  ].join('\n');

  return {
    subject,
    html,
    text,
    headers: { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
