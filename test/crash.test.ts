/**
 * A crash while reminders are going out: `npm start` is killed with SIGKILL in the middle of a
 * burst of due thank-yous, restarted on the same data folder, and every due reminder must still
 * arrive — none lost, and at most one repeat per reminder, marked "possibly repeated" (POLICY:
 * for a candidate one duplicate is better than a missing reminder). Every process started here
 * is stopped here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'packages/functions/src/local/start.ts');
const KEY = 'crash-test-key-0123456789abcdef';
const INTERVIEWS = 40;
const running = new Set<ChildProcess>();
const dataDir = mkdtempSync(join(tmpdir(), 'followup-crash-'));

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const ENV = {
  PORT: '0',
  FOLLOWUP_MAIL_PORT: '0',
  FOLLOWUP_DATA_DIR: dataDir,
  FOLLOWUP_API_KEYS: `crash:${KEY}`,
  // A simulated day every ~4 s, and a claim taken for dead after 5 real seconds.
  FOLLOWUP_CLOCK_SPEED: '20000',
  FOLLOWUP_CLAIM_LEASE_SECONDS: '5',
  FOLLOWUP_LOG_LEVEL: 'error',
};

async function start(): Promise<{ child: ChildProcess; apiUrl: string; mailboxUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, env: { ...process.env, ...ENV } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('Ctrl-C to stop.')) resolve(stdout);
    });
    child.once('exit', (code) => reject(new Error(`npm start exited ${code}: ${stderr}`)));
  });
  const apiUrl = /API\s+(http:\/\/\S+)\/v1\/interviews/.exec(banner)![1]!;
  const mailboxUrl = /Mailbox\s+(http:\/\/\S+)\//.exec(banner)![1]!;
  return { child, apiUrl, mailboxUrl };
}

const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Email { subject: string; destination: { to: string[] } }
const thankYous = async (mailboxUrl: string) =>
  ((await (await fetch(`${mailboxUrl}/store`)).json()) as { emails: Email[] }).emails.filter((e) => e.subject.startsWith('Send your thank-you'));

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  for (const started = performance.now(); performance.now() - started < ms;) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('kill -9 while reminders are being sent', () => {
  it('restarts on the same data folder and delivers every due reminder, repeating at most one each, marked', async () => {
    const first = await start();
    // Interviews that ended two (simulated) days ago: each thank-you is due at the next send window.
    const endedAt = Date.now() - 50 * 3_600_000;
    const ids: string[] = [];
    for (let i = 0; i < INTERVIEWS; i++) {
      const record = sampleRecord({
        candidate: { name: `Crash ${i}`, email: `crash-${i}@example.com`, timeZone: 'UTC' },
        interview: { startsAt: new Date(endedAt - 3_600_000).toISOString(), endsAt: new Date(endedAt).toISOString() },
      });
      const res = await fetch(`${first.apiUrl}/v1/interviews`, { method: 'POST', headers: auth, body: JSON.stringify(record) });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // Kill it as soon as the burst has begun, with sends still in flight.
    await until('the first thank-yous', async () => (await thankYous(first.mailboxUrl)).length >= 3, 60_000);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await start();
    try {
      const statusOf = async (id: string) => {
        const res = await fetch(`${second.apiUrl}/v1/interviews/${id}`, { headers: auth });
        return ((await res.json()) as { milestones: { kind: string; status: string }[] }).milestones.find((m) => m.kind === 'thank_you')!.status;
      };
      await until('every thank-you reminded', async () => (await Promise.all(ids.map(statusOf))).every((s) => s === 'reminded'), 60_000);
      const mail = await thankYous(second.mailboxUrl);
      for (let i = 0; i < INTERVIEWS; i++) {
        const theirs = mail.filter((e) => e.destination.to.includes(`crash-${i}@example.com`));
        expect(theirs.length, `crash-${i}`).toBeGreaterThanOrEqual(1);
        expect(theirs.length, `crash-${i}`).toBeLessThanOrEqual(2);
        if (theirs.length === 2) expect(theirs.filter((e) => /possibly repeated/.test(e.subject)), `crash-${i}`).toHaveLength(1);
      }
    } finally {
      second.child.kill('SIGINT');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  }, 150_000);
});
