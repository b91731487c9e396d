/**
 * The AWS `inbound` path on an SES receiving event: dynalite for the store (an emulator), a
 * stand-in for S3 (the one AWS client without one here), the same handler as SMTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyAddress } from '@followup/core/inbound';
import type { OutgoingEmail, RawMailSource } from '@followup/core/ports';
import type { InboundDeps } from '../packages/functions/src/inbound/deps.ts';
import { handleSesReceipt, INBOUND_OBJECT_PREFIX } from '../packages/functions/src/inbound/ses-receipt.ts';
import { inboundFixture } from './support/inbound.ts';
import { LINK_KEY, testApi, type TestApi } from './support/api.ts';

const DOMAIN = 'replies.followup.localhost';
let api: TestApi;
let deps: InboundDeps;
const sent: OutgoingEmail[] = [];
const objects = new Map<string, Buffer>();
const reads: string[] = [];
const s3: RawMailSource = {
  async read(key, maxBytes) {
    reads.push(key);
    const raw = objects.get(key)!;
    return raw.length > maxBytes ? { raw: new Uint8Array(), tooLarge: true } : { raw, tooLarge: false };
  },
};

beforeAll(async () => {
  api = await testApi();
  api.clock.set('2025-01-20T21:30:00Z');
  const { interviews, store, clock, newId, links } = api.deps;
  deps = {
    interviews, store, clock, newId, links, domain: DOMAIN, from: 'followup <reminders@followup.test>',
    messages: api.deps.inbound!.messages,
    mailer: { send: async (email) => (sent.push(email), { messageId: `m-${sent.length}` }) },
  };
});
afterAll(() => api.close());

/** SES's receipt event as the Lambda action delivers it (trimmed to what SES always sends). */
function receivingEvent(messageId: string, recipients: string[], verdicts: Partial<Record<'spam' | 'virus' | 'spf' | 'dkim', string>> = {}) {
  const v = (name: keyof typeof verdicts) => ({ status: verdicts[name] ?? 'PASS' });
  return {
    Records: [{
      eventSource: 'aws:ses',
      eventVersion: '1.0',
      ses: {
        mail: { timestamp: '2025-01-21T15:00:00.000Z', source: 'ann@example.com', messageId, destination: recipients, headersTruncated: false, headers: [], commonHeaders: { from: ['Ann Lee <ann@example.com>'], to: recipients, subject: 'Fwd' } },
        receipt: {
          timestamp: '2025-01-21T15:00:00.000Z', processingTimeMillis: 500, recipients,
          spamVerdict: v('spam'), virusVerdict: v('virus'), spfVerdict: v('spf'), dkimVerdict: v('dkim'), dmarcVerdict: { status: 'PASS' },
          action: { type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:followup-prod-Inbound', invocationType: 'Event' },
        },
      },
    }],
  };
}

describe('the inbound function on an SES receiving event', () => {
  it('reads the message SES stored in S3 and applies it: a forwarded offer stops the follow-ups and asks the candidate', async () => {
    const { id } = await api.create();
    const reply = replyAddress({ tenant: 'acme', interviewId: id }, LINK_KEY, DOMAIN);
    objects.set(`${INBOUND_OBJECT_PREFIX}ses-msg-1`, inboundFixture('outlook-forward.eml', reply));
    const [outcome] = await handleSesReceipt(deps, s3, receivingEvent('ses-msg-1', [reply]));
    expect(outcome!.recipients).toEqual([expect.objectContaining({ outcome: 'reply', interviewId: id })]);
    const stored = await api.deps.store.get('acme', id);
    expect(stored.state.status).toBe('active');
    expect(stored.state.milestones.filter((m) => m.kind.startsWith('follow_up')).every((m) => m.status === 'cancelled')).toBe(true);
    expect(sent.at(-1)).toMatchObject({ to: 'ann@example.com', subject: 'They replied — it looks like an offer' });
  });

  it('refuses a message with a spam or virus verdict FAIL without reading it, and changes nothing', async () => {
    const { id } = await api.create();
    const reply = replyAddress({ tenant: 'acme', interviewId: id }, LINK_KEY, DOMAIN);
    objects.set(`${INBOUND_OBJECT_PREFIX}ses-msg-2`, inboundFixture('gmail-forward.eml', reply));
    const before = await api.deps.store.get('acme', id);
    reads.length = 0;
    for (const verdict of [{ spam: 'FAIL' }, { virus: 'FAIL' }]) {
      const [outcome] = await handleSesReceipt(deps, s3, receivingEvent('ses-msg-2', [reply], verdict));
      expect(outcome!.refused).toMatch(/verdict FAIL/);
    }
    expect(reads).toEqual([]);
    expect((await api.deps.store.get('acme', id)).version).toBe(before.version);
  });

  it("quarantines a sender failing both SPF and DKIM, and refuses another tenant's forged address", async () => {
    const { id } = await api.create();
    const reply = replyAddress({ tenant: 'acme', interviewId: id }, LINK_KEY, DOMAIN);
    const forged = replyAddress({ tenant: 'globex', interviewId: id }, 'another-key-0123456789abcdef0123456789', DOMAIN);
    objects.set(`${INBOUND_OBJECT_PREFIX}ses-msg-3`, inboundFixture('direct-reply.eml', reply));
    const [outcome] = await handleSesReceipt(deps, s3, receivingEvent('ses-msg-3', [reply, forged], { spf: 'FAIL', dkim: 'FAIL' }));
    expect(outcome!.recipients.map((r) => r.outcome).sort()).toEqual(['quarantined', 'refused']);
    expect((await api.deps.store.get('acme', id)).state.milestones.find((m) => m.kind === 'follow_up_1')!.status).toBe('scheduled');
  });

  it('rejects an event that is not an SES receipt', async () => {
    await expect(handleSesReceipt(deps, s3, { Records: [{ eventSource: 'aws:sns' }] })).rejects.toThrow();
  });
});
