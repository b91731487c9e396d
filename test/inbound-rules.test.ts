/**
 * Every fixture of test/fixtures/inbound through the real parser (mailparser) and the core's
 * rules: what each format is understood as. Pure: no stack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMessage, readReplyAddress, replyAddress, type ClassifyContext } from '@followup/core/inbound';
import { start } from '@followup/core/lifecycle';
import { parseRecord } from '@followup/core/record';
import { parseMessage, UnreadableMessage } from '../packages/functions/src/inbound/parse.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

const KEY = 'inbound-rules-key-0123456789abcdef0123';
const DOMAIN = 'replies.followup.localhost';
const REPLY = replyAddress({ tenant: 'acme', interviewId: '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }, KEY, DOMAIN);

export function fixture(name: string, reply = REPLY): Buffer {
  return Buffer.from(readFileSync(join(import.meta.dirname, 'fixtures/inbound', name), 'utf8').replaceAll('{{REPLY}}', reply).replace(/\r?\n/g, '\r\n'));
}

const record = parseRecord(sampleRecord());
const [state] = start(record, { now: Date.parse('2025-01-14T20:00:00Z') });

function context(receivedAt: string, overrides: Partial<ClassifyContext> = {}): ClassifyContext {
  return { candidateEmail: 'ann@example.com', contacts: record.contacts, timeZone: 'America/New_York', milestones: state.milestones, receivedAt: Date.parse(receivedAt), ...overrides };
}

async function classify(name: string, receivedAt = '2025-01-22T18:00:00Z', overrides: Partial<ClassifyContext> = {}) {
  return classifyMessage(await parseMessage(fixture(name)), context(receivedAt, overrides));
}

describe('reply addresses', () => {
  it('name the tenant and interview they were made for, fit in 64 characters, and refuse any altered character, other key or domain', () => {
    const local = REPLY.split('@')[0]!;
    expect(local.length).toBeLessThanOrEqual(64);
    expect(REPLY).toBe(REPLY.toLowerCase());
    expect(readReplyAddress(REPLY, KEY, DOMAIN)).toEqual({ tenant: 'acme', interviewId: '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' });
    expect(readReplyAddress(REPLY.toUpperCase(), KEY, DOMAIN)).toBeDefined(); // mail systems that fold case
    for (let i = 0; i < local.length; i++) {
      if (local[i] === '.') continue;
      const altered = `${local.slice(0, i)}${local[i] === 'a' ? 'b' : 'a'}${local.slice(i + 1)}@${DOMAIN}`;
      expect(readReplyAddress(altered, KEY, DOMAIN), altered).toBeUndefined();
    }
    expect(readReplyAddress(REPLY, `${KEY}x`, DOMAIN)).toBeUndefined();
    expect(readReplyAddress(REPLY.replace(DOMAIN, 'evil.example'), KEY, 'evil.example')).toBeUndefined();
    // Another tenant's address for the same interview id is another address.
    expect(replyAddress({ tenant: 'globex', interviewId: '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }, KEY, DOMAIN)).not.toBe(REPLY);
    expect(readReplyAddress(replyAddress({ tenant: 'acme', interviewId: 'not-a-uuid_42' }, KEY, DOMAIN), KEY, DOMAIN)).toEqual({ tenant: 'acme', interviewId: 'not-a-uuid_42' });
  });
});

describe('each format is understood', () => {
  it('Gmail forward: a reply from the contact, its decision date "Friday the 31st" read relative to its date', async () => {
    const c = await classify('gmail-forward.eml');
    expect(c.understanding).toMatchObject({ kind: 'reply', via: 'forwarded', format: 'gmail', from: 'bo@acme.example', verdict: { verdict: 'other' }, decisionDate: '2025-01-31' });
    expect(c.excerpt).toContain('we\'ll decide by Friday the 31st');
    expect(c.excerpt).not.toContain('thank you for taking the time'); // quoted history stripped
  });

  it('Outlook forward: an offer, suggested, not applied', async () => {
    const c = await classify('outlook-forward.eml');
    expect(c.understanding).toMatchObject({ kind: 'reply', via: 'forwarded', format: 'outlook', from: 'bo@acme.example', verdict: { verdict: 'offer' } });
  });

  it('Apple Mail forward: a rejection, even though it says "move forward"', async () => {
    const c = await classify('apple-mail-forward.eml');
    expect(c.understanding).toMatchObject({ kind: 'reply', format: 'apple_mail', verdict: { verdict: 'rejection', because: 'unfortunately' } });
  });

  it("a reply sent straight to the address from a subdomain of the employer's: a next round", async () => {
    const c = await classify('direct-reply.eml');
    expect(c.understanding).toMatchObject({ kind: 'reply', via: 'direct', from: 'priya.shah@careers.acme.example', verdict: { verdict: 'next_round' } });
  });

  it('Gmail vacation responder with a return date (Auto-Submitted: auto-replied): back Mon 3 Feb', async () => {
    const c = await classify('gmail-auto-reply-dated.eml');
    expect(c.understanding).toMatchObject({ kind: 'auto_reply', from: 'bo@acme.example', backOn: '2025-02-03' });
    expect((c.understanding as { rule: string }).rule).toContain('RFC 3834');
  });

  it('Gmail vacation responder without a date: no return date', async () => {
    const c = await classify('gmail-auto-reply-undated.eml');
    expect(c.understanding).toMatchObject({ kind: 'auto_reply' });
    expect(c.understanding).not.toHaveProperty('backOn');
  });

  it('Exchange "Automatic reply:" (X-MS-Exchange-Inbox-Rules-Loop), away until 30 January: back the day after', async () => {
    const c = await classify('exchange-auto-reply-dated.eml');
    expect(c.understanding).toMatchObject({ kind: 'auto_reply', backOn: '2025-01-31' });
    expect((c.understanding as { rule: string }).rule).toContain('X-MS-Exchange-Inbox-Rules-Loop');
    expect((await classify('exchange-auto-reply-undated.eml')).understanding).not.toHaveProperty('backOn');
  });

  it('a DSN (multipart/report; delivery-status): the failed recipient, which is a contact', async () => {
    const c = await classify('dsn-bounce.eml');
    expect(c.understanding).toEqual({ kind: 'bounce', contacts: ['bo@acme.example'], reported: ['bo@acme.example'] });
  });

  it("the candidate's Bcc copy of their thank-you: sent on the local date of its Date header", async () => {
    // 18:30 EST on Wed 15 Jan is already Thu 16 Jan in UTC: the candidate's date counts.
    const c = await classify('bcc-copy.eml', '2025-01-16T02:00:00Z');
    expect(c.understanding).toEqual({ kind: 'sent_copy', milestone: 'thank_you', on: '2025-01-15' });
  });

  it('a stranger, however much it looks like an offer: quarantined; so is a sender failing SPF and DKIM', async () => {
    expect((await classify('stranger.eml')).understanding).toMatchObject({ kind: 'quarantined' });
    expect((await classify('direct-reply.eml', undefined, { unauthenticated: true })).understanding).toMatchObject({ kind: 'quarantined' });
  });

  it('a message over the size cap, or with a header flood, is not parsed', async () => {
    const big = Buffer.concat([fixture('oversized.eml'), Buffer.alloc(600 * 1024, 'a')]);
    await expect(parseMessage(big)).rejects.toBeInstanceOf(UnreadableMessage);
    const flood = Buffer.from(`${'X-Junk: 1\r\n'.repeat(400)}From: bo@acme.example\r\n\r\nhi\r\n`);
    await expect(parseMessage(flood)).rejects.toThrow(/header lines/);
  });

  it('does not believe a Date in the future: a Bcc copy dated next week counts today', async () => {
    const c = await classify('bcc-copy.eml', '2025-01-15T15:00:00Z');
    expect(c.understanding).toMatchObject({ kind: 'sent_copy', on: '2025-01-15' });
    expect(c.writtenAt).toBe(Date.parse('2025-01-15T15:00:00Z'));
  });
});
