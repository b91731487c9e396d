import { LINK_ACTIONS, signLink, type ActionLink, type LinkAction } from '@followup/core/links';
import type { MilestoneKind } from '@followup/core/planner';
import { beforeEach, describe, expect, it } from 'vitest';
import { LINK_KEY, NOW, sampleRecord, useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

/** Wed 15 Jan 2025 10:00 in New York: the day after the sample interview, before its thank-you is due (Thu 11:00). */
const AFTER_INTERVIEW = '2025-01-15T15:00:00Z';
const HOUR = 3_600_000;

type Interview = { id: string; version: number; status: string; record: Record<string, any>; milestones: { kind: string; status: string; localDueAt: string; sentOn?: string }[] };

beforeEach(() => api.clock.set(NOW));

/** A fresh interview, with the clock moved to the day after it. */
async function interview(record = sampleRecord()): Promise<string> {
  const { id } = await api.create(record);
  api.clock.set(AFTER_INTERVIEW);
  return id;
}

function token(id: string, action: LinkAction, change: Partial<ActionLink> = {}, key = LINK_KEY): string {
  return signLink({ tenantId: 'acme', interviewId: id, kind: 'thank_you', action, expiresAt: api.clock.now() + 24 * HOUR, ...change }, key);
}

const open = (t: string) => api.app.request(`/a/${t}`);
const confirm = (t: string, fields: Record<string, string> = {}) =>
  api.app.request(`/a/${t}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

async function stored(id: string): Promise<Interview> {
  const res = await api.call('GET', `/v1/interviews/${id}`);
  return (await res.json()) as Interview;
}
const milestone = (i: Interview, kind: MilestoneKind) => i.milestones.find((m) => m.kind === kind)!;

describe('GET /a/:token', () => {
  it.each(LINK_ACTIONS)('shows the interview, the milestone, a form to confirm "%s" and the plan, and changes nothing', async (action) => {
    const id = await interview();
    const res = await open(token(id, action));
    const page = await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('Platform Engineer at Acme · Thank-you email');
    expect(page).toContain('<form method="post">');
    expect(page).toMatch(/<button type="submit">[^<]+<\/button>/);
    expect(page).toContain('Thu 16 Jan · 11:00 EST');
    expect(page).toContain('First follow-up');
    expect((await stored(id)).version).toBe(1);
  });

  it("offers the candidate's local date: today by default for \"I sent it\", from today for a decision date, today + 2 for a snooze", async () => {
    const id = await interview();
    api.clock.set('2025-01-16T03:00:00Z'); // Wed 15 Jan 22:00 in New York, already Thursday in UTC
    expect(await (await open(token(id, 'sent'))).text()).toContain('<input type="date" id="on" name="on" value="2025-01-15" max="2025-01-15"/>');
    expect(await (await open(token(id, 'replied_other'))).text()).toContain('<input type="date" id="decisionExpectedBy" name="decisionExpectedBy" min="2025-01-15"/>');
    expect(await (await open(token(id, 'snooze'))).text()).toContain('We will remind you about this again on Fri 17 Jan.');
  });

  it('says there is nothing to do, without a form, when the interview no longer allows the action', async () => {
    const id = await interview();
    await confirm(token(id, 'stop'));
    const res = await open(token(id, 'sent'));
    const page = await res.text();

    expect(res.status).toBe(409);
    expect(page).toContain('Thank-you email: cancelled, so there is nothing to mark. Reminders for this interview are already stopped.');
    expect(page).not.toContain('<form');
  });

  it('escapes what the record says', async () => {
    const id = await interview(sampleRecord({ role: '<script>alert(1)</script>' }));
    const page = await (await open(token(id, 'stop'))).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; at Acme');
    expect(page).not.toContain('<script>');
  });
});

describe('POST /a/:token', () => {
  it.each([
    ['sent', { on: '2025-01-14' }, (i: Interview) => expect(milestone(i, 'thank_you')).toMatchObject({ status: 'done', sentOn: '2025-01-14' }), 'Sent Tue 14 Jan'],
    ['sent', {}, (i: Interview) => expect(milestone(i, 'thank_you')).toMatchObject({ status: 'done', sentOn: '2025-01-15' }), 'Marked as sent.'],
    ['replied_offer', {}, (i: Interview) => expect(i.status).toBe('offer_received'), 'Offer received'],
    ['replied_next_round', {}, (i: Interview) => expect(i.status).toBe('advanced'), 'Next-round preparation'],
    ['replied_rejection', {}, (i: Interview) => expect(milestone(i, 'feedback_request').status).toBe('scheduled'), 'Feedback request'],
    ['replied_other', { decisionExpectedBy: '2025-01-31' }, (i: Interview) => expect(i.record.decisionExpectedBy).toBe('2025-01-31'), 'Reply recorded.'],
    ['replied_other', {}, (i: Interview) => expect(milestone(i, 'follow_up_1').status).toBe('cancelled'), 'Reply recorded.'],
    ['snooze', {}, (i: Interview) => expect(milestone(i, 'thank_you').localDueAt).toMatch(/^2025-01-17T/), 'Fri 17 Jan'],
    ['stop', {}, (i: Interview) => expect(i.status).toBe('stopped'), 'Reminders stopped'],
    ['unsubscribe', {}, (i: Interview) => expect(i.status).toBe('stopped'), 'Reminders stopped'],
  ] as const)('"%s" %j applies its event and shows the updated plan', async (action, fields, check, shown) => {
    const id = await interview();
    const res = await confirm(token(id, action), fields);
    const page = await res.text();

    expect(res.status).toBe(200);
    expect(page).toContain('role="status"');
    expect(page).toContain(shown);
    expect(page).not.toContain('<form');
    const after = await stored(id);
    expect(after.version).toBe(2);
    check(after);
  });

  it('shows the form again, 422, and changes nothing, for a decision date years away (it once froze the planner)', async () => {
    const id = await interview();
    for (const decisionExpectedBy of ['9999-12-31', '2031-01-01']) {
      const res = await confirm(token(id, 'replied_other'), { decisionExpectedBy });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('within two years');
    }
    expect((await stored(id)).version).toBe(1);
  });

  it('shows the form again with the problem, and changes nothing, for a date that is still to come or not a date', async () => {
    const id = await interview();
    for (const fields of [{ on: '2025-01-16' }, { on: 'yesterday' }]) {
      const res = await confirm(token(id, 'sent'), fields);
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/role="alert">(That date is still to come|Pick a date)/);
    }
    const past = await confirm(token(id, 'replied_other'), { decisionExpectedBy: '2025-01-10' });
    expect(past.status).toBe(422);
    expect((await stored(id)).version).toBe(1);
  });

  it.each([
    ['stop', 'Reminders for this interview are already stopped.'],
    ['sent', 'Thank-you email: already marked as sent on Wed 15 Jan.'],
    ['snooze', 'This was already recorded; nothing changed.'],
    ['replied_other', 'This was already recorded; nothing changed.'],
    ['replied_offer', 'You already recorded an offer for this interview.'],
  ] as const)('a second click on "%s" explains the current state (409) and writes nothing', async (action, why) => {
    const id = await interview();
    expect((await confirm(token(id, action))).status).toBe(200);
    const again = await confirm(token(id, action));

    expect(again.status).toBe(409);
    expect(await again.text()).toContain(why);
    expect((await stored(id)).version).toBe(2);
  });

  it('lets one of two simultaneous clicks through and explains to the other', async () => {
    const id = await interview();
    const answers = await Promise.all([confirm(token(id, 'stop')), confirm(token(id, 'stop'))]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await stored(id)).version).toBe(2);
  });

  it('shows that the interview is gone (404) once it was deleted', async () => {
    const id = await interview();
    await api.call('DELETE', `/v1/interviews/${id}`);
    for (const res of [await open(token(id, 'sent')), await confirm(token(id, 'sent'))]) {
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('This interview is gone');
    }
  });

  it('refuses a body larger than a form needs (413) and changes nothing', async () => {
    const id = await interview();
    const res = await confirm(token(id, 'stop'), { padding: 'x'.repeat(10_000) });
    expect(res.status).toBe(413);
    expect((await stored(id)).version).toBe(1);
  });

  it("finds nothing with a genuine link naming another tenant's interview", async () => {
    const id = await interview();
    expect((await confirm(token(id, 'stop', { tenantId: 'globex' }))).status).toBe(404);
    expect((await stored(id)).status).toBe('active');
  });
});

describe('refused links', () => {
  /** The payload re-encoded with `change`, the signature kept. */
  function altered(t: string, change: Partial<ActionLink>): string {
    const [payload, signature] = t.split('.') as [string, string];
    return `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...change })).toString('base64url')}.${signature}`;
  }

  it.each([
    ['forged (another key)', (id: string) => token(id, 'stop', {}, 'someone-elses-key-0123456789abcdef0123'), 400, 'This link does not work'],
    ['altered (sent → stop)', (id: string) => altered(token(id, 'sent'), { action: 'stop' }), 400, 'This link does not work'],
    ['expired', (id: string) => token(id, 'stop', { expiresAt: api.clock.now() }), 410, 'This link has expired'],
    ['malformed', () => 'not-a-token', 400, 'This link is incomplete'],
    ['cut off', (id: string) => token(id, 'stop').slice(0, -5), 400, 'This link is incomplete'],
  ] as const)('%s: a clear page, for GET and POST (one-click too), and nothing changes', async (_, make, status, title) => {
    const id = await interview();
    const t = make(id);
    const oneClick = api.app.request(`/a/${t}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    for (const res of [await open(t), await confirm(t), await oneClick]) {
      expect(res.status).toBe(status);
      const page = await res.text();
      expect(page).toContain(title);
      expect(page).toContain('Nothing was changed.');
    }
    expect((await stored(id)).version).toBe(1);
  });
});

describe('RFC 8058 one-click unsubscribe', () => {
  const oneClick = (t: string, body: string | FormData = 'List-Unsubscribe=One-Click') =>
    api.app.request(`/a/${t}`, { method: 'POST', body, ...(typeof body === 'string' && { headers: { 'content-type': 'application/x-www-form-urlencoded' } }) });

  it('stops everything and answers 200 with minimal content, without a key or cookie', async () => {
    const id = await interview();
    const res = await oneClick(token(id, 'unsubscribe'));

    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Unsubscribed.');
    const after = await stored(id);
    expect(after.status).toBe('stopped');
    expect(after.milestones.filter((m) => m.status === 'scheduled')).toEqual([]);
  });

  it('takes multipart/form-data too', async () => {
    const id = await interview();
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await oneClick(token(id, 'unsubscribe'), form)).status).toBe(200);
    expect((await stored(id)).status).toBe('stopped');
  });

  it('answers 200 again when already unsubscribed or the interview is gone: nothing more will be sent', async () => {
    const id = await interview();
    expect((await oneClick(token(id, 'unsubscribe'))).status).toBe(200);
    expect((await oneClick(token(id, 'unsubscribe'))).status).toBe(200);
    expect((await stored(id)).version).toBe(2);
    await api.call('DELETE', `/v1/interviews/${id}`);
    expect((await oneClick(token(id, 'unsubscribe'))).status).toBe(200);
  });
});
