/**
 * Delivery end to end on one machine: dynalite and aws-ses-v2-local started here, the embedded
 * scheduler swept by hand, time moved by a manual clock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDynamoClient, ensureTable, ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import type { Mailer, OutgoingEmail } from '@followup/core/ports';
import { sha256 } from '@followup/core/store';
import { createApp } from '../packages/functions/src/app.ts';
import { EmbeddedLoop } from '../packages/functions/src/local/embedded-loop.ts';
import { sendReminder, type DeliveryDeps } from '../packages/functions/src/delivery/send-reminder.ts';
import { handleSesEvents } from '../packages/functions/src/delivery/ses-events.ts';
import type { AppDeps } from '../packages/functions/src/http/env.ts';
import { createApiDeps } from '../packages/functions/src/wiring/api.ts';
import { createDeliveryDeps } from '../packages/functions/src/wiring/delivery.ts';
import { startDynalite, type Dynalite } from '../packages/functions/src/local/dynalite.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import { startSesLocal, type SesLocal, type StoredEmail } from './support/ses-local.ts';

const KEY = 'delivery-test-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

let db: Dynalite;
let ses: SesLocal;
let clock: ManualClock;
let deps: AppDeps;
let delivery: DeliveryDeps;
let app: ReturnType<typeof createApp>;
let scheduler: EmbeddedLoop;
let tables = 0;

beforeAll(async () => {
  db = await startDynalite({});
  ses = await startSesLocal();
});

afterAll(async () => {
  await ses.stop();
  await db.close();
});

// Each test gets a table of its own, so one test's plans never fall due in another's sweep.
beforeEach(async () => {
  const config = loadConfig({
    FOLLOWUP_DYNAMO_ENDPOINT: db.endpoint,
    FOLLOWUP_SES_ENDPOINT: ses.endpoint,
    FOLLOWUP_TABLE: `delivery-${++tables}`,
    FOLLOWUP_LINK_KEY: 'link-key-for-the-delivery-tests-0123456789',
    FOLLOWUP_WEBHOOK_SECRET_KEY: 'webhook-key-for-the-delivery-tests-012345',
    FOLLOWUP_PUBLIC_URL: 'http://127.0.0.1:3000',
  });
  const client = createDynamoClient(config.dynamo);
  await ensureTable(client, config.tableName);
  clock = new ManualClock('2025-01-14T18:00:00Z'); // the sample interview ended at 11:00 New York
  deps = createApiDeps(config, clock, client);
  await deps.apiKeys.put(sha256(KEY), 'acme');
  app = createApp(deps);
  delivery = createDeliveryDeps(config, clock, client);
  scheduler = new EmbeddedLoop(delivery);
  await ses.clear();
});

async function createInterview(record = sampleRecord()): Promise<{ id: string; milestones: { kind: string; dueAt: string; status: string }[] }> {
  const res = await app.request('/v1/interviews', { method: 'POST', headers: AUTH, body: JSON.stringify(record) });
  expect(res.status).toBe(201);
  return (await res.json()) as never;
}

/** A mailer that holds every send until `release()`, noting in `events` when it starts and ends; `started` resolves at the first send. */
function gatedMailer(): { gated: Mailer; events: string[]; release: () => void; started: Promise<void> } {
  let release!: () => void;
  let start!: () => void;
  const sending = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (start = resolve));
  const events: string[] = [];
  const gated: Mailer = {
    async send(email: OutgoingEmail) {
      events.push('send started');
      start();
      await sending;
      const result = await delivery.mailer.send(email);
      events.push('email sent');
      return result;
    },
  };
  return { gated, events, release, started };
}

const dueOf = (interview: { milestones: { kind: string; dueAt: string }[] }, kind: string) => interview.milestones.find((m) => m.kind === kind)!.dueAt;
const link = (email: StoredEmail, label: string) => {
  const match = new RegExp(`href="([^"]+)"[^>]*>${label}<`).exec(email.body.html ?? '');
  if (!match) throw new Error(`no ${label} link in ${email.subject}`);
  return match[1]!.replace(/&amp;/g, '&');
};

/** Clicks a one-click action the way a person does: the page (GET), then its confirm button (POST). */
async function click(url: string): Promise<void> {
  const path = new URL(url).pathname;
  const page = await app.request(path);
  expect(page.status).toBe(200);
  const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  expect(res.status).toBe(200);
}

describe('a plan played out in the mailbox', () => {
  it('sends the thank-you, then follow-up 1 after "I sent it", then only the offer reply after "They replied: offer"', async () => {
    const interview = await createInterview();
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });

    clock.set(dueOf(interview, 'thank_you'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const [thankYou] = await ses.emails();
    expect(thankYou!.destination.to).toEqual(['ann@example.com']);
    expect(thankYou!.subject).toMatch(/thank/i);
    expect(thankYou!.body.text).toContain('Bo Chen');
    expect(thankYou!.body.html).toContain('Bo Chen');
    const headers = Object.fromEntries((thankYou!.headers ?? []).map((h) => [h.name, h.value]));
    expect(headers['List-Unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:3000\/a\/[^>]+>$/);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    await click(link(thankYou!, 'I sent it'));
    clock.set(dueOf(interview, 'follow_up_1'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const followUp = (await ses.emails())[1]!;
    expect(followUp.subject).toMatch(/follow-up/i);

    await click(link(followUp, 'Offer'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect((await ses.emails())[2]!.subject).toMatch(/offer/i);

    clock.advance(90 * 86_400_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });
    expect(await ses.emails()).toHaveLength(3);
  });
});

describe("the tenant's settings in the reminder", () => {
  it('sends under its sender name, offers its snooze length, and the snooze moves the milestone by it', async () => {
    const put = await app.request('/v1/settings', { method: 'PUT', headers: AUTH, body: JSON.stringify({ senderName: 'Acme Careers', snoozeDays: 5 }) });
    expect(put.status).toBe(200);
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const [thankYou] = await ses.emails();
    expect(thankYou!.from).toMatch(/^"?Acme Careers via followup"? <[^>]+>$/);
    const snooze = link(thankYou!, 'Snooze 5 days');
    const page = await app.request(new URL(snooze).pathname);
    // Thu 16 Jan + 5 days.
    expect(await page.text()).toContain('again on Tue 21 Jan');
    await click(snooze);
    const after = (await (await app.request(`/v1/interviews/${interview.id}`, { headers: AUTH })).json()) as { milestones: { kind: string; localDueAt: string }[] };
    expect(after.milestones.find((m) => m.kind === 'thank_you')!.localDueAt).toMatch(/^2025-01-21T/);
  });
});

describe('exactly once', () => {
  it('sends one email when the same milestone is fired three times at once', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const ref = { tenantId: 'acme', interviewId: interview.id, kind: 'thank_you' as const, revision: 1 };
    const outcomes = await Promise.all([sendReminder(delivery, ref), sendReminder(delivery, ref), sendReminder(delivery, ref)]);
    expect(outcomes.sort()).toEqual(['not_claimable', 'not_claimable', 'sent']);
    expect(await ses.emails()).toHaveLength(1);
    const stored = await deps.store.get('acme', interview.id);
    expect(stored.state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'reminded', messageId: expect.any(String) });
  });

  it('sends nothing after a reply is acknowledged, even when the reply arrives mid-send', async () => {
    const interview = await createInterview();
    const ref = { tenantId: 'acme', interviewId: interview.id, kind: 'follow_up_1' as const, revision: 1 };
    clock.set(dueOf(interview, 'follow_up_1'));
    const { gated, events, release, started } = gatedMailer();
    const fire = sendReminder({ ...delivery, mailer: gated }, ref);
    await started;
    expect(events).toEqual(['send started']);
    const reply = deps.interviews.applyEvent('acme', interview.id, { type: 'reply' }).then(() => events.push('reply acknowledged'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['send started']);
    release();
    await Promise.all([fire, reply]);
    expect(events).toEqual(['send started', 'email sent', 'reply acknowledged']);

    clock.advance(60 * 86_400_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 1 }); // the thank-you only: a reply stops status checks, not thanks
    expect((await ses.emails()).map((e) => e.subject).filter((s) => /follow-up/i.test(s))).toHaveLength(1);
  });

  it('deletes an interview only after a send in flight is out, and sends nothing after the 204', async () => {
    const interview = await createInterview();
    const ref = { tenantId: 'acme', interviewId: interview.id, kind: 'thank_you' as const, revision: 1 };
    clock.set(dueOf(interview, 'thank_you'));
    const { gated, events, release, started } = gatedMailer();
    const send = sendReminder({ ...delivery, mailer: gated }, ref);
    await started;
    const removed = Promise.resolve(app.request(`/v1/interviews/${interview.id}`, { method: 'DELETE', headers: AUTH })).then((res) => {
      events.push(`delete answered ${res.status}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['send started']);
    release();
    await Promise.all([send, removed]);
    expect(events).toEqual(['send started', 'email sent', 'delete answered 204']);
    clock.advance(60 * 86_400_000);
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });
    expect(await ses.emails()).toHaveLength(1);
  });

  it('never sends a milestone fired before the reply wrote, after it', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'follow_up_1'));
    await deps.interviews.applyEvent('acme', interview.id, { type: 'stop' });
    expect(await sendReminder(delivery, { tenantId: 'acme', interviewId: interview.id, kind: 'follow_up_1', revision: 1 })).toBe('not_claimable');
    expect(await ses.emails()).toHaveLength(0);
  });
});

describe('failures', () => {
  it('puts a milestone back for the sweeper when SES refused it, and sends it on the next sweep', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryFailed } = await import('@followup/core/errors');
    let refuse = true;
    const flaky: Mailer = { send: async (email) => { if (refuse) throw new DeliveryFailed('TooManyRequestsException'); return delivery.mailer.send(email); } };
    const sweeper = new EmbeddedLoop({ ...delivery, mailer: flaky });
    expect(await sweeper.tick()).toMatchObject({ released: 1, sent: 0 });
    refuse = false;
    expect(await sweeper.tick()).toMatchObject({ sent: 1 });
    expect(await ses.emails()).toHaveLength(1);
  });

  it('ends a milestone SES refused for good as failed, with the reason in the API, and never retries it', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryRejected } = await import('@followup/core/errors');
    let calls = 0;
    const refusing: Mailer = { send: async () => { calls++; throw new DeliveryRejected('MessageRejected'); } };
    const sweeper = new EmbeddedLoop({ ...delivery, mailer: refusing });
    expect(await sweeper.tick()).toMatchObject({ failed: 1, released: 0 });
    clock.advance(10 * 60_000);
    expect(await sweeper.tick()).toMatchObject({ failed: 0, sent: 0 });
    expect(calls).toBe(1);
    const res = await app.request(`/v1/interviews/${interview.id}`, { headers: AUTH });
    const body = (await res.json()) as { milestones: { kind: string; status: string; deliveryError?: string }[] };
    expect(body.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'failed', deliveryError: 'MessageRejected' });
  });

  it('stops retrying a milestone throttled on every attempt, ending it failed after the cap', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryFailed } = await import('@followup/core/errors');
    const { MAX_SEND_ATTEMPTS } = await import('@followup/core/lifecycle');
    let calls = 0;
    const throttled: Mailer = { send: async () => { calls++; throw new DeliveryFailed('TooManyRequestsException'); } };
    const sweeper = new EmbeddedLoop({ ...delivery, mailer: throttled });
    for (let sweep = 0; sweep < MAX_SEND_ATTEMPTS + 3; sweep++) await sweeper.tick();
    expect(calls).toBe(MAX_SEND_ATTEMPTS);
    const stored = await deps.store.get('acme', interview.id);
    expect(stored.state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'failed', sendAttempts: MAX_SEND_ATTEMPTS });
  });

  it('records an unknown outcome, then sends it once more after the grace, marked possibly repeated, and never again', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryOutcomeUnknown } = await import('@followup/core/errors');
    const { RESEND_GRACE_MS } = await import('@followup/core/lifecycle');
    const timingOut: Mailer = { send: async () => { throw new DeliveryOutcomeUnknown('TimeoutError'); } };
    const sweeper = new EmbeddedLoop({ ...delivery, mailer: timingOut });
    expect(await sweeper.tick()).toMatchObject({ unconfirmed: 1 });
    expect(await scheduler.tick()).toMatchObject({ sent: 0, resent: 0 }); // within the grace: a Send event may still confirm it
    const stored = await deps.store.get('acme', interview.id);
    expect(stored.state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'unconfirmed', deliveryError: 'TimeoutError' });
    clock.advance(RESEND_GRACE_MS);
    expect(await scheduler.tick()).toMatchObject({ resent: 1 });
    const [email] = await ses.emails();
    expect(email!.subject).toMatch(/possibly repeated/);
    expect(email!.body.text).toMatch(/could not confirm that our first copy/);
    clock.advance(RESEND_GRACE_MS * 4);
    await scheduler.tick();
    expect((await ses.emails()).filter((e) => /possibly repeated/.test(e.subject))).toHaveLength(1);
    expect((await deps.store.get('acme', interview.id)).state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'reminded', resent: true });
  });

  it('sends a failed reminder again when the integrator asks (POST …/milestones/{kind}/resend), once', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryRejected } = await import('@followup/core/errors');
    await new EmbeddedLoop({ ...delivery, mailer: { send: async () => { throw new DeliveryRejected('MessageRejected'); } } }).tick();
    const early = await app.request(`/v1/interviews/${interview.id}/milestones/follow_up_1/resend`, { method: 'POST', headers: AUTH });
    expect(early.status).toBe(409); // still to come: nothing to send again
    const res = await app.request(`/v1/interviews/${interview.id}/milestones/thank_you/resend`, { method: 'POST', headers: AUTH });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { milestones: { kind: string; status: string }[] }).milestones.find((m) => m.kind === 'thank_you')!.status).toBe('scheduled');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });
    expect(await ses.emails()).toHaveLength(1);
  });

  it("confirms an unknown outcome by SES's Send event, and then sends nothing again", async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const { DeliveryOutcomeUnknown } = await import('@followup/core/errors');
    const { RESEND_GRACE_MS } = await import('@followup/core/lifecycle');
    const timingOut: Mailer = { send: async () => { throw new DeliveryOutcomeUnknown('TimeoutError'); } };
    await new EmbeddedLoop({ ...delivery, mailer: timingOut }).tick();
    const send = { eventType: 'Send', mail: { messageId: 'ses-msg-1', tags: { tenant: ['acme'], interview: [interview.id], milestone: ['thank_you'] } } };
    expect(await handleSesEvents(delivery, { Records: [{ Sns: { Message: JSON.stringify(send) } }] })).toEqual({ blocked: 0, confirmed: 1 });
    clock.advance(RESEND_GRACE_MS * 2);
    expect(await scheduler.tick()).toMatchObject({ resent: 0, sent: 0 });
    expect(await ses.emails()).toHaveLength(0);
    expect((await deps.store.get('acme', interview.id)).state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'reminded', messageId: 'ses-msg-1' });
  });

  it('releases a claim whose send never reached SES once its lease is over, and sends it then, unmarked', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    // A crash right after the claim: the claim was written, nothing was handed to SES.
    expect(await delivery.interviews.claim({ tenantId: 'acme', interviewId: interview.id, kind: 'thank_you', revision: 1 })).toBeDefined();
    clock.advance(6 * 60_000);
    expect(await scheduler.tick()).toMatchObject({ abandoned: 1 });
    expect((await deps.store.get('acme', interview.id)).state.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'scheduled' });
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const [email] = await ses.emails();
    expect(email!.subject).not.toMatch(/possibly repeated/);
  });

  it('marks a send that died mid-way as unconfirmed once its lease is over, without sending', async () => {
    const interview = await createInterview();
    clock.set(dueOf(interview, 'thank_you'));
    const dying: Mailer = { send: () => new Promise(() => {}) };
    void sendReminder({ ...delivery, mailer: dying }, { tenantId: 'acme', interviewId: interview.id, kind: 'thank_you', revision: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    clock.advance(6 * 60_000);
    expect(await scheduler.tick()).toMatchObject({ abandoned: 1, sent: 0 });
    expect(await ses.emails()).toHaveLength(0);
  });
});

describe('bounces and complaints', () => {
  it("stops every reminder to a bounced address and marks it on the candidate's interviews", async () => {
    const first = await createInterview();
    const second = await createInterview(sampleRecord({ role: 'Staff Engineer' }));
    const notification = { eventType: 'Bounce', bounce: { bounceType: 'Permanent' }, mail: { tags: { tenant: ['acme'], interview: [first.id], milestone: ['thank_you'] } } };
    const { blocked } = await handleSesEvents(delivery, { Records: [{ Sns: { Message: JSON.stringify(notification) } }] });
    expect(blocked).toBeGreaterThanOrEqual(2);
    for (const id of [first.id, second.id]) {
      const stored = await deps.store.get('acme', id);
      expect(stored.state.emailBlocked).toMatchObject({ reason: 'bounce' });
      expect(stored.state.milestones.every((m) => m.status === 'cancelled')).toBe(true);
    }
    clock.set(dueOf(first, 'thank_you'));
    await scheduler.tick();
    expect(await ses.emails()).toHaveLength(0);
  });

  it('ignores a transient bounce', async () => {
    const interview = await createInterview(sampleRecord({ candidate: { name: 'Cy Dee', email: 'cy@example.com', timeZone: 'America/New_York' } }));
    const notification = { eventType: 'Bounce', bounce: { bounceType: 'Transient' }, mail: { tags: { tenant: ['acme'], interview: [interview.id] } } };
    expect((await handleSesEvents(delivery, { detail: notification })).blocked).toBe(0);
  });
});
