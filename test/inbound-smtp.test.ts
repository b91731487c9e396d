/**
 * Inbound mail end to end on `npm start`'s stack: nodemailer over SMTP to the receiver, the
 * API to see what changed, aws-ses-v2-local for what the candidate was told. Time is a manual
 * clock, so the stack's scheduler sends only what the test makes due.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient, ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { replyAddress } from '@followup/core/inbound';
import type { Config } from '@followup/core/ports';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import { localLinkKey } from '../packages/functions/src/local/link-key.ts';
import { startStack, type Stack } from '../packages/functions/src/local/stack.ts';
import { createDeliveryDeps } from '../packages/functions/src/wiring/delivery.ts';
import { inboundFixture, sendRaw } from './support/inbound.ts';

const KEYS = { acme: 'acme-inbound-key-0123456789', globex: 'globex-inbound-key-0123456789' };
const MON_20_JAN_EVENING = '2025-01-20T21:30:00Z';

let config: Config;
let stack: Stack;
let clock: ManualClock;

beforeAll(async () => {
  config = loadConfig({
    FOLLOWUP_DATA_DIR: mkdtempSync(join(tmpdir(), 'followup-inbound-')), PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0',
    FOLLOWUP_API_KEYS: `acme:${KEYS.acme},globex:${KEYS.globex}`,
  });
  clock = new ManualClock(MON_20_JAN_EVENING);
  stack = await startStack(config, clock);
}, 60_000);

afterAll(async () => {
  await stack?.close();
  rmSync(config.local.dataDir, { recursive: true, force: true });
});

type Milestone = { kind: string; status: string; dueAt: string; localDueAt: string; reason: string; revision: number; sentOn?: string };
type Interview = { id: string; version: number; status: string; replyAddress: string; milestones: Milestone[]; undeliverableContacts?: { email: string }[] };

async function api(path: string, init: RequestInit = {}, as: keyof typeof KEYS = 'acme'): Promise<Response> {
  return fetch(`${stack.apiUrl}${path}`, { ...init, headers: { authorization: `Bearer ${KEYS[as]}`, 'content-type': 'application/json', ...init.headers } });
}

async function createInterview(at = MON_20_JAN_EVENING): Promise<Interview> {
  clock.set(at);
  const res = await api('/v1/interviews', { method: 'POST', body: JSON.stringify(sampleRecord()) });
  expect(res.status).toBe(201);
  return (await res.json()) as Interview;
}

const read = async (id: string) => (await (await api(`/v1/interviews/${id}`)).json()) as Interview;
const messages = async (id: string) => ((await (await api(`/v1/interviews/${id}/messages`)).json()) as { items: Record<string, any>[] }).items;
const milestone = (i: Interview, kind: string) => i.milestones.find((m) => m.kind === kind)!;
const send = (name: string, reply: string, pad = 0) => sendRaw(stack.smtp.port, inboundFixture(name, reply, pad), [reply]);

/** The candidate's notices with that subject; they leave after the SMTP reply, so this waits up to 3 s for one. */
async function noticesTo(subject: RegExp): Promise<{ subject: string; body: { text?: string } }[]> {
  for (let waited = 0; ; waited += 50) {
    const emails = (await (await fetch(`${stack.mailboxUrl.replace(/\/$/, '')}/store`)).json()) as { emails: { subject: string; body: { text?: string } }[] };
    const found = emails.emails.filter((e) => subject.test(e.subject));
    if (found.length || waited >= 3000) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('mail to the reply address, over SMTP', () => {
  it('gives each interview an unguessable reply address at FOLLOWUP_INBOUND_DOMAIN', async () => {
    const interview = await createInterview();
    expect(interview.replyAddress).toBe(replyAddress({ tenant: 'acme', interviewId: interview.id }, localLinkKey(config), 'replies.followup.localhost'));
  });

  it('a forwarded reply (Gmail) stops the status follow-ups at once and re-plans them from its decision date', async () => {
    const interview = await createInterview();
    expect(milestone(interview, 'follow_up_1')).toMatchObject({ status: 'scheduled', localDueAt: expect.stringMatching(/^2025-01-21T09:00/) });
    expect(await send('gmail-forward.eml', interview.replyAddress)).toBe(250);
    const after = await read(interview.id);
    // "we'll decide by Friday the 31st": the first business day after it.
    expect(milestone(after, 'follow_up_1')).toMatchObject({ status: 'scheduled', localDueAt: expect.stringMatching(/^2025-02-03T09:00/) });
    expect(milestone(after, 'follow_up_1').revision).toBeGreaterThan(milestone(interview, 'follow_up_1').revision);
    const [entry] = await messages(interview.id);
    expect(entry).toMatchObject({ from: 'ann@example.com', understoodAs: 'reply', suggestion: 'other', changed: expect.stringContaining('re-planned from the decision date 2025-01-31') });
    expect(entry!.excerpt).toContain('decide by Friday the 31st');
    expect(entry!.excerpt).not.toContain('thank you for taking the time');
  });

  it('an Outlook-forwarded offer is only suggested: the candidate is asked, and their click applies it', async () => {
    const interview = await createInterview();
    expect(await send('outlook-forward.eml', interview.replyAddress)).toBe(250);
    const after = await read(interview.id);
    expect(after.status).toBe('active');
    expect(after.milestones.filter((m) => m.kind.startsWith('follow_up')).map((m) => m.status)).toEqual(['cancelled', 'cancelled']);
    const [notice] = await noticesTo(/They replied — it looks like an offer/);
    expect(notice).toBeDefined();
    const offerLink = /It was an offer: (\S+)|Yes, an offer: (\S+)/.exec(notice!.body.text!)!;
    const url = offerLink[1] ?? offerLink[2]!;
    expect(url).toContain(stack.apiUrl);
    const clicked = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(clicked.status).toBe(200);
    expect((await read(interview.id)).status).toBe('offer_received');
  });

  it('an out-of-office with a return date moves the next follow-up past it, and its reminder says why', async () => {
    const interview = await createInterview();
    expect(await send('gmail-auto-reply-dated.eml', interview.replyAddress)).toBe(250);
    const moved = milestone(await read(interview.id), 'follow_up_1');
    // Back Mon 3 Feb: the first business day after is Tue 4 Feb; follow-up 2 keeps its week.
    expect(moved.localDueAt).toMatch(/^2025-02-04T09:00/);
    expect(moved.reason).toMatch(/^an out-of-office reply from bo@acme\.example says they are back Mon 3 Feb: moved to/);
    expect(milestone(await read(interview.id), 'follow_up_2').localDueAt).toMatch(/^2025-02-11/);
    expect((await messages(interview.id))[0]).toMatchObject({ understoodAs: 'auto_reply', headers: { 'auto-submitted': 'auto-replied' } });
  });

  it('an Exchange out-of-office without a date moves the next follow-up 7 days', async () => {
    const interview = await createInterview();
    expect(await send('exchange-auto-reply-undated.eml', interview.replyAddress)).toBe(250);
    // Mon 20 Jan + 7 = Mon 27 Jan.
    expect(milestone(await read(interview.id), 'follow_up_1').localDueAt).toMatch(/^2025-01-27T09:00/);
  });

  it("the candidate's Bcc copy marks the thank-you sent on the message's date, and later milestones count from it", async () => {
    const interview = await createInterview('2025-01-16T02:00:00Z');
    expect(milestone(interview, 'thank_you').status).toBe('scheduled');
    expect(await send('bcc-copy.eml', interview.replyAddress)).toBe(250);
    expect(milestone(await read(interview.id), 'thank_you')).toMatchObject({ status: 'done', sentOn: '2025-01-15' });
  });

  it('a DSN for a contact marks the contact undeliverable and tells the candidate', async () => {
    const interview = await createInterview();
    expect(await send('dsn-bounce.eml', interview.replyAddress)).toBe(250);
    expect((await read(interview.id)).undeliverableContacts).toEqual([{ email: 'bo@acme.example', at: expect.any(String) }]);
    expect(await noticesTo(/Your message to bo@acme\.example did not arrive/)).not.toHaveLength(0);
  });

  it('a stranger is kept as quarantined and changes nothing; an oversized message is refused (552) and changes nothing', async () => {
    const interview = await createInterview();
    expect(await send('stranger.eml', interview.replyAddress)).toBe(250);
    expect(await send('oversized.eml', interview.replyAddress, 600 * 1024)).toBe(552);
    const after = await read(interview.id);
    expect(after.version).toBe(interview.version);
    expect((await messages(interview.id)).map((m) => [m.understoodAs, m.changed])).toEqual([
      ['quarantined', 'nothing: quarantined'],
      ['quarantined', 'nothing: quarantined'],
    ]);
  });

  it('refuses an unknown, forged or erased address with 550 at RCPT time, changing nothing', async () => {
    const interview = await createInterview();
    const forged = interview.replyAddress.replace(/^(.)/, (c) => (c === 'a' ? 'b' : 'a'));
    expect(await send('gmail-forward.eml', forged)).toBe(550);
    expect(await send('gmail-forward.eml', 'someone@replies.followup.localhost')).toBe(550);
    const other = replyAddress({ tenant: 'acme', interviewId: '00000000-0000-4000-8000-000000000000' }, localLinkKey(config), 'replies.followup.localhost');
    expect(await send('gmail-forward.eml', other)).toBe(550);
    expect((await read(interview.id)).version).toBe(interview.version);
    expect(await messages(interview.id)).toEqual([]);
    const erased = await createInterview();
    expect((await api(`/v1/interviews/${erased.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await send('gmail-forward.eml', erased.replyAddress)).toBe(550);
  });

  it('applies a message delivered twice once, and seals the log from other tenants', async () => {
    const interview = await createInterview();
    expect(await send('apple-mail-forward.eml', interview.replyAddress)).toBe(250);
    const once = await read(interview.id);
    expect(await send('apple-mail-forward.eml', interview.replyAddress)).toBe(250);
    expect((await read(interview.id)).version).toBe(once.version);
    expect((await messages(interview.id)).map((m) => m.understoodAs).sort()).toEqual(['duplicate', 'reply']);
    expect((await api(`/v1/interviews/${interview.id}/messages`, {}, 'globex')).status).toBe(404);
  });

  it('a forwarded reply arriving while a follow-up is being sent waits for it, and no reminder follows', async () => {
    const interview = await createInterview();
    clock.set('2025-01-21T14:00:01Z'); // follow-up 1 is due
    await stack.scheduler.stop(); // this test plays the milestone function itself
    const delivery = createDeliveryDeps({ ...config, dynamo: { ...config.dynamo, endpoint: stack.dynamoEndpoint }, linkKey: localLinkKey(config), publicUrl: stack.apiUrl }, clock, createDynamoClient({ ...config.dynamo, endpoint: stack.dynamoEndpoint }));
    const f1 = milestone(interview, 'follow_up_1');
    const ref = { tenantId: 'acme', interviewId: interview.id, kind: 'follow_up_1' as const, revision: f1.revision };
    expect(await delivery.interviews.claim(ref)).toBeDefined();
    const order: string[] = [];
    const reply = send('gmail-forward.eml', interview.replyAddress).then((code) => order.push(`reply ${code}`));
    await new Promise((r) => setTimeout(r, 300));
    order.push('send finished');
    await delivery.interviews.recordOutcome(ref, { type: 'delivered', messageId: 'ses-1' });
    await reply;
    expect(order).toEqual(['send finished', 'reply 250']);
    const after = await read(interview.id);
    expect(milestone(after, 'follow_up_1')).toMatchObject({ status: 'reminded' });
    // Follow-up 2 was cancelled and re-planned from the decision date; nothing is claimable now.
    const f2 = milestone(after, 'follow_up_2');
    expect(Date.parse(f2.dueAt)).toBeGreaterThan(Date.parse('2025-02-01T00:00:00Z'));
    expect(await delivery.interviews.claim({ ...ref, kind: 'follow_up_2', revision: milestone(interview, 'follow_up_2').revision })).toBeUndefined();
    stack.scheduler.start();
  });
});
