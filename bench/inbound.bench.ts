/**
 * `npm run bench:inbound`: 5,000 messages over SMTP to 1,000 interviews on `npm start`'s stack
 * (in this process, manual clock: nothing falls due meanwhile), a mix of every kind — a stranger,
 * a DSN, two out-of-office replies (dated, undated), a forwarded reply (Gmail, Outlook or Apple
 * Mail) — each interview's five in order, 32 at a time. Beside it, the reference on the same stack:
 * 5,000 `POST /v1/interviews/{id}/events` to 1,000 other interviews, five each, 32 at a time.
 * Afterwards every message is checked to have been applied exactly once (the message log).
 *
 *   node --import tsx bench/inbound.bench.ts [--interviews 1000] [--per 5] [--connections 32]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { quietAwsSdk } from '../packages/core/src/config/config.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import { inboundFixture } from '../test/support/inbound.ts';

quietAwsSdk();
const { ManualClock } = await import('../packages/core/src/adapters/manual-clock.ts');
const { loadConfig } = await import('../packages/core/src/config/config.ts');
const { startStack } = await import('../packages/functions/src/local/stack.ts');

const { values } = parseArgs({ options: { interviews: { type: 'string', default: '1000' }, per: { type: 'string', default: '5' }, connections: { type: 'string', default: '32' } } });
const INTERVIEWS = Number(values.interviews);
const PER = Number(values.per);
const CONNECTIONS = Number(values.connections);
const KEY = 'bench-inbound-key-0123456789';

const MIX = ['stranger.eml', 'dsn-bounce.eml', 'exchange-auto-reply-dated.eml', 'gmail-auto-reply-undated.eml', 'gmail-forward.eml', 'outlook-forward.eml', 'apple-mail-forward.eml'];
/** The five messages of interview `i`: the four kinds, then a forward in one of the three formats. */
const messagesOf = (i: number) => [...MIX.slice(0, 4), MIX[4 + (i % 3)]!].slice(0, PER);
const EXPECTED: Record<string, string> = { 'stranger.eml': 'quarantined', 'dsn-bounce.eml': 'bounce', 'exchange-auto-reply-dated.eml': 'auto_reply', 'gmail-auto-reply-undated.eml': 'auto_reply' };
const EVENTS = [
  { type: 'snooze', kind: 'follow_up_1', until: '2025-01-27' },
  { type: 'snooze', kind: 'follow_up_1', until: '2025-01-29' },
  { type: 'reply', decisionExpectedBy: '2025-01-31' },
  { type: 'reply' },
  { type: 'reply' },
].slice(0, PER);

const dataDir = mkdtempSync(join(tmpdir(), 'followup-bench-inbound-'));
const clock = new ManualClock('2025-01-20T21:30:00Z');
const stack = await startStack(loadConfig({ FOLLOWUP_DATA_DIR: dataDir, PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0', FOLLOWUP_API_KEYS: `bench:${KEY}` }), clock);
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

/** Runs `work(i)` for i in [0, n), `CONNECTIONS` at a time. */
async function pool(n: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (next < n) await work(next++);
  }));
  return (performance.now() - started) / 1000;
}

async function createInterviews(n: number): Promise<{ id: string; replyAddress: string }[]> {
  const out: { id: string; replyAddress: string }[] = new Array(n);
  await pool(n, async (i) => {
    const res = await fetch(`${stack.apiUrl}/v1/interviews`, { method: 'POST', headers, body: JSON.stringify(sampleRecord()) });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    out[i] = (await res.json()) as { id: string; replyAddress: string };
  });
  return out;
}

try {
  process.stderr.write(`creating 2 × ${INTERVIEWS} interviews … `);
  const [forMail, forEvents] = [await createInterviews(INTERVIEWS), await createInterviews(INTERVIEWS)];
  process.stderr.write('done\n');

  // Every message with a Message-ID of its own, built before the clock starts.
  const raws = forMail.map((iv, i) => messagesOf(i).map((name, k) => {
    const raw = inboundFixture(name, iv.replyAddress).toString('utf8').replace(/^Message-I[Dd]: .*$/m, `Message-ID: <bench-${i}-${k}@bench.example>`);
    return Buffer.from(raw);
  }));
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: CONNECTIONS, maxMessages: Infinity });
  let refused = 0;
  process.stderr.write(`SMTP: ${INTERVIEWS * PER} messages … `);
  const mailSeconds = await pool(INTERVIEWS, async (i) => {
    for (const raw of raws[i]!) {
      await transport.sendMail({ envelope: { from: 'ann@example.com', to: [forMail[i]!.replyAddress] }, raw }).catch(() => refused++);
    }
  });
  transport.close();
  process.stderr.write('done\n');

  process.stderr.write(`events: ${INTERVIEWS * PER} POST /v1/interviews/{id}/events … `);
  let eventErrors = 0;
  const eventSeconds = await pool(INTERVIEWS, async (i) => {
    for (const event of EVENTS) {
      const res = await fetch(`${stack.apiUrl}/v1/interviews/${forEvents[i]!.id}/events`, { method: 'POST', headers, body: JSON.stringify(event) });
      if (res.status !== 200) eventErrors++;
      await res.arrayBuffer();
    }
  });
  process.stderr.write('done\n');

  // Exactly once: each interview's log holds its five messages, each once, each understood as sent.
  process.stderr.write('checking the message log … ');
  let wrong = 0;
  await pool(INTERVIEWS, async (i) => {
    const res = await fetch(`${stack.apiUrl}/v1/interviews/${forMail[i]!.id}/messages?limit=100`, { headers });
    const { items } = (await res.json()) as { items: { understoodAs: string; headers: Record<string, string> }[] };
    const ids = items.map((m) => m.headers['message-id']);
    const kinds = items.map((m) => m.understoodAs).sort();
    const expected = messagesOf(i).map((n) => EXPECTED[n] ?? 'reply').sort();
    if (new Set(ids).size !== PER || items.length !== PER || JSON.stringify(kinds) !== JSON.stringify(expected)) wrong++;
  });
  process.stderr.write('done\n');

  const total = INTERVIEWS * PER;
  const mailRate = total / mailSeconds;
  const eventRate = total / eventSeconds;
  const [one, five] = loadavg();
  console.log(`\nfollowup inbound bench — ${total} messages to ${INTERVIEWS} interviews, ${CONNECTIONS} at a time, one stack (dynalite, ${cpus().length} cores, load average ${one!.toFixed(2)} / ${five!.toFixed(2)} at the end)\n`);
  console.log(`${''.padEnd(40)}${'per s'.padStart(8)}${'seconds'.padStart(9)}`);
  console.log(`${'POST /v1/interviews/{id}/events'.padEnd(40)}${eventRate.toFixed(0).padStart(8)}${eventSeconds.toFixed(1).padStart(9)}   (reference; ${eventErrors} not 200)`);
  console.log(`${'SMTP → reply address'.padEnd(40)}${mailRate.toFixed(0).padStart(8)}${mailSeconds.toFixed(1).padStart(9)}   ${(mailRate / eventRate).toFixed(2)}× the reference (target ≥ 0.8×)`);
  console.log(`\napplied exactly once: ${total - wrong * PER} of ${total} (${wrong} interviews' logs differ, ${refused} messages refused)`);
  if (wrong || refused || eventErrors) process.exitCode = 1;
} finally {
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}
