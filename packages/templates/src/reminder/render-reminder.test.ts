import type { Milestone, MilestoneKind, MilestoneStatus } from '@followup/core/planner';
import { describe, expect, it } from 'vitest';
import { PREVIEW_LINKS } from '../cli-output.ts';
import { draft } from '../draft/draft.ts';
import { UnsafeLink } from '../errors.ts';
import { NOW, RECORDS, dana, fullInput, recordWith } from '../../test/records.ts';
import type { ReminderLinks } from './actions.ts';
import { renderReminder } from './render-reminder.ts';

function milestone(kind: MilestoneKind, localDueAt: string, status: MilestoneStatus = 'scheduled'): Milestone {
  const dueAt = new Date(Date.parse(localDueAt)).toISOString();
  return { kind, status, dueAt, localDueAt, reason: `${kind} is due`, skippedDays: [], revision: 1 };
}

const current: Milestone = {
  ...milestone('follow_up_1', '2025-01-27T09:00:00-05:00', 'sending'),
  reason: 'The decision date you were given (Fri 24 Jan) has passed; due the next business day, Mon 27 Jan 09:00 EST',
};
const plan = [
  milestone('thank_you', '2025-01-15T09:00:00-05:00', 'done'),
  current,
  milestone('move_on', '2025-02-10T09:00:00-05:00'),
  milestone('follow_up_2', '2025-02-03T09:00:00-05:00'),
  milestone('final_follow_up', '2025-02-17T09:00:00-05:00', 'cancelled'),
];
const links: ReminderLinks = {
  sent: 'https://app.example/a/sent?sig=1&t=2',
  replied: { offer: 'https://app.example/a/offer', next_round: 'https://app.example/a/next', rejection: 'https://app.example/a/no', other: 'https://app.example/a/other' },
  snooze: 'https://app.example/a/snooze',
  stop: 'https://app.example/a/stop',
  unsubscribe: 'https://app.example/a/unsubscribe?sig=9',
};
const render = (d = draft('follow_up_1', RECORDS.full, { now: NOW }), l = links) => renderReminder(current, d, plan, l);

/** Decoded hrefs of the rendered HTML. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('renderReminder', () => {
  it('says why now, shows the draft with recipient and subject, and names it in the subject line', () => {
    const r = render();
    expect(r.subject).toBe('Time for a follow-up: Senior Backend Engineer at Acme Robotics');
    for (const out of [r.html, r.text]) {
      expect(out).toContain('has passed; due the next business day, Mon 27 Jan 09:00 EST');
      expect(out).toContain('Following up on the Senior Backend Engineer interview');
      expect(out).toMatch(/Dana Kim (&lt;|<)dana\.kim@acme\.example(&gt;|>)/);
      expect(out).toContain('my on-call leadership would serve the team well');
    }
  });

  it('links the draft into the mail app with a properly encoded mailto', () => {
    const d = draft('follow_up_1', RECORDS.full, { now: NOW });
    const mailto = hrefs(render(d).html).find((h) => h.startsWith('mailto:'))!;
    const url = new URL(mailto);
    expect(url.pathname).toBe('dana.kim@acme.example');
    expect(url.searchParams.get('subject')).toBe(d.subject);
    expect(url.searchParams.get('body')).toBe(d.body.replace(/\n/g, '\r\n'));
    expect(mailto).not.toMatch(/[ \n+]/);
  });

  it('offers the LinkedIn profile instead of a mailto for LinkedIn drafts', () => {
    const r = render(draft('linkedin_connect', RECORDS.full, { now: NOW }));
    const found = hrefs(r.html);
    expect(found).toContain(dana.linkedinUrl);
    expect(found.some((h) => h.startsWith('mailto:'))).toBe(false);
    expect(r.text).toContain(`Open Dana Kim's LinkedIn profile: ${dana.linkedinUrl}`);
  });

  it('lists the findings, or says there are none', () => {
    expect(render().text).toContain('No problems found.');
    const r = render(draft('follow_up_1', RECORDS.noContacts, { now: NOW }));
    expect(r.html).toContain('No contact is recorded, so this is addressed to the Acme Robotics hiring team.');
    expect(r.text).toMatch(/\[check\] No contact is recorded.*\(body: "Dear Acme Robotics Hiring Team,"\)/);
  });

  it('shows this milestone and the scheduled ones after it, in date order, as a table timeline', () => {
    const r = render();
    // One format for every time in the email, the reason's own, always with the zone.
    expect(r.text).toContain('> Mon 27 Jan 09:00 EST  First follow-up (now)\n  - Mon 3 Feb 09:00 EST  Second follow-up\n  - Mon 10 Feb 09:00 EST  Move on');
    expect(r.text).toContain('due the next business day, Mon 27 Jan 09:00 EST');
    expect(r.text).not.toMatch(/Thank-you email|Final follow-up/);
    expect(r.html.indexOf('Second follow-up')).toBeLessThan(r.html.indexOf('Move on'));
  });

  it('carries every one-click action and the RFC 8058 unsubscribe headers', () => {
    const r = render();
    expect(hrefs(r.html)).toEqual(expect.arrayContaining([links.sent, ...Object.values(links.replied), links.snooze, links.stop, links.unsubscribe]));
    for (const label of ['I sent it', 'Offer', 'Next round', 'Rejection', 'Other reply', 'Snooze 2 days', 'Stop all reminders']) expect(r.html).toContain(`>${label}</a>`);
    expect(r.headers).toEqual({ 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('is mail-client safe: tables and inline styles, no script, SVG, external image or style sheet', () => {
    const { html } = render();
    expect(html).toMatch(/<table role="presentation"/);
    expect(html).not.toMatch(/<script|<svg|<img|<style|<link|javascript:/i);
  });

  it('escapes every interpolated value: a candidate named <script> stays text', () => {
    const evil = recordWith({
      candidate: { ...fullInput.candidate, name: '<script>alert(1)</script>' },
      company: { ...fullInput.company, name: 'Acme "R&D" <b>' },
      contacts: [{ ...dana, name: `Dana <img src=x onerror=alert(1)>` }],
    });
    const r = renderReminder({ ...current, reason: 'due <now> & "then"' }, draft('thank_you', evil, { now: NOW }), plan, links);
    expect(r.html).not.toMatch(/<script|<img|<b>/);
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.html).toContain('Acme &quot;R&amp;D&quot; &lt;b&gt;');
    expect(r.html).toContain('due &lt;now&gt; &amp; &quot;then&quot;');
  });

  it('refuses links that are not http(s), and an unsubscribe link that is not https', () => {
    expect(() => render(undefined, { ...links, stop: 'javascript:alert(1)' })).toThrow(UnsafeLink);
    expect(() => render(undefined, { ...links, sent: 'https://x.example/"onclick="x' })).toThrow(UnsafeLink);
    expect(() => render(undefined, { ...links, unsubscribe: 'http://app.example/u' })).toThrow(UnsafeLink);
  });

  it('shows advice for the candidate without a recipient or send button', () => {
    const r = renderReminder({ ...current, kind: 'move_on' }, draft('move_on', RECORDS.full, { now: NOW }), [], PREVIEW_LINKS);
    expect(r.subject).toBe('Time to move on: Senior Backend Engineer at Acme Robotics');
    expect(r.html).not.toContain('mailto:');
    expect(r.html).toContain('>Done</a>');
  });
});

describe('a second draft on the same milestone', () => {
  it("carries follow-up 2's inquiry to the recruiter in the same email, with its own mail link", () => {
    const second = { ...current, kind: 'follow_up_2' as const };
    const inquiry = draft('other_contact_inquiry', RECORDS.full, { now: NOW });
    const reminder = renderReminder(second, draft('follow_up_2', RECORDS.full, { now: NOW }), plan, links, { alsoDraft: inquiry });
    expect(reminder.html).toContain(`Also: a short note to ${inquiry.to!.name}`);
    expect(hrefs(reminder.html).filter((h) => h.startsWith(`mailto:${inquiry.to!.email}`))).toHaveLength(1);
    expect(reminder.text).toContain(inquiry.body.split('\n')[0]!);
  });

  it('shows no second draft when there is none', () => {
    expect(render().html).not.toContain('Also: a short note');
  });
});
