/**
 * `npm run bench:fire`: 10,000 milestones due at once in the embedded stack (dynalite, the
 * sweeper, the milestone function, templates, SES v2), all delivered into aws-ses-v2-local.
 * dynalite and aws-ses-v2-local run in processes of their own, as they do under `npm start`, so
 * the data and emails they keep don't count as followup's memory.
 *
 *   node --expose-gc --import tsx bench/fire.bench.ts [--count 10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDynamoClient, ensureTable, ManualClock } from '@followup/core/adapters';
import { loadConfig, quietAwsSdk } from '@followup/core/config';
import { start } from '@followup/core/lifecycle';
import { parseRecord } from '@followup/core/record';
import { sweep } from '../packages/functions/src/delivery/sweep.ts';
import { createDeliveryDeps } from '../packages/functions/src/wiring/delivery.ts';
import { startDynalite } from '../packages/functions/src/local/dynalite.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const COUNT = Number(values.count);
const TARGET_RATE = 300;
const TARGET_RSS_MB = 300;

/** CPU seconds a process has used, from /proc (user + system). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function startSesChild(): Promise<{ endpoint: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['-e', "require('aws-ses-v2-local').default({ host: '127.0.0.1', port: 0 }).then((s) => console.log(s.address().port))"], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk).trim())));
  return { endpoint: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

quietAwsSdk();
// On disk, as `npm start` runs it (in memory it would hold every item and index copy in this process).
const dataDir = mkdtempSync(join(tmpdir(), 'followup-bench-fire-'));
const db = await startDynalite({ path: dataDir });
const ses = await startSesChild();
const config = loadConfig({
  FOLLOWUP_DYNAMO_ENDPOINT: db.endpoint,
  FOLLOWUP_SES_ENDPOINT: ses.endpoint,
  FOLLOWUP_TABLE: 'bench-fire',
  FOLLOWUP_LINK_KEY: 'bench-link-key-0123456789abcdef0123456789',
  FOLLOWUP_WEBHOOK_SECRET_KEY: 'bench-webhook-key-0123456789abcdef012345',
  FOLLOWUP_PUBLIC_URL: 'https://followup.example',
});
const client = createDynamoClient(config.dynamo);
await ensureTable(client, config.tableName);
const created = Date.parse('2025-01-14T16:00:00Z'); // the sample interview ended at 11:00 New York
const clock = new ManualClock(created);
const delivery = createDeliveryDeps(config, clock, client);

// Setup (not timed): COUNT interviews whose thank-you falls due at the same minute.
const setupStart = performance.now();
let dueAt = '';
for (let i = 0; i < COUNT; i += 64) {
  await Promise.all(Array.from({ length: Math.min(64, COUNT - i) }, async (_, j) => {
    const record = parseRecord(sampleRecord({ candidate: { name: 'Ann Lee', email: `c${i + j}@bench.example`, timeZone: 'America/New_York', country: 'US' } }));
    const [state] = start(record, { now: created });
    dueAt = state.milestones[0]!.dueAt;
    await delivery.store.create({ id: `bench-${i + j}`, tenant: 'bench', input: {}, state });
  }));
}
console.log(`${COUNT.toLocaleString('en-US')} interviews stored, every thank-you due at ${dueAt} (setup ${((performance.now() - setupStart) / 1000).toFixed(1)} s, untimed)`);

clock.set(dueAt);
const totals = { sent: 0, not_claimable: 0, released: 0, unconfirmed: 0, abandoned: 0, failed: 0 };
const began = performance.now();
const cpuBefore = { ours: cpuSecondsOf(process.pid), ses: cpuSecondsOf(ses.pid), db: cpuSecondsOf(db.pid) };
for (;;) {
  const result = await sweep(delivery);
  for (const [k, v] of Object.entries(result)) totals[k as keyof typeof totals] += v;
  if (Object.values(result).every((v) => v === 0)) break;
}
const seconds = (performance.now() - began) / 1000;
const cpu = { ours: cpuSecondsOf(process.pid) - cpuBefore.ours, ses: cpuSecondsOf(ses.pid) - cpuBefore.ses, db: cpuSecondsOf(db.pid) - cpuBefore.db };
const perReminder = (seconds: number) => `${((seconds / totals.sent) * 1000).toFixed(2)} ms`;
const rss = process.resourceUsage().maxRSS / 1024;

const { emails } = (await (await fetch(`${ses.endpoint}/store`)).json()) as { emails: { destination: { to: string[] } }[] };
const perRecipient = new Map<string, number>();
for (const e of emails) for (const to of e.destination.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
const missing = COUNT - perRecipient.size;
const rate = totals.sent / seconds;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

console.log(`sweeps sent ${totals.sent.toLocaleString('en-US')} reminders in ${seconds.toFixed(1)} s  (outcomes ${JSON.stringify(totals)})`);
console.log(`CPU per reminder  ${perReminder(cpu.ours)} followup, ${perReminder(cpu.db)} dynalite, ${perReminder(cpu.ses)} aws-ses-v2-local (2 cores; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
console.log(`throughput       ${rate.toFixed(0).padStart(6)} reminders/s   target ≥ ${TARGET_RATE}/s: ${verdict(rate >= TARGET_RATE)}`);
console.log(`in the mailbox   ${emails.length.toLocaleString('en-US').padStart(6)} emails to ${perRecipient.size.toLocaleString('en-US')} recipients`);
console.log(`duplicates       ${String(duplicates).padStart(6)}                 target 0: ${verdict(duplicates === 0)}`);
console.log(`missing          ${String(missing).padStart(6)}                 target 0: ${verdict(missing === 0)}`);
console.log(`peak RSS         ${rss.toFixed(0).padStart(6)} MB              target < ${TARGET_RSS_MB} MB: ${verdict(rss < TARGET_RSS_MB)} (followup's process: sweeper, milestone function, templates; dynalite and aws-ses-v2-local run apart)`);

client.destroy();
ses.stop();
await db.close();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = rate >= TARGET_RATE && duplicates === 0 && missing === 0 && rss < TARGET_RSS_MB ? 0 : 1;
