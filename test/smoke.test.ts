/**
 * `npm run smoke` against the local stack (npm start's, at 60× so its 3-minute wait takes 3 s):
 * it creates, sees the schedule, sees the reminder go out and cleans up. The bounce part runs only
 * on AWS; here it must say it skipped it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceleratedClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import type { Config } from '@followup/core/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../packages/functions/src/cli/main.ts';
import { smokeRecord, zoneInWindow } from '../packages/functions/src/cli/smoke-command.ts';
import { startStack, type Stack } from '../packages/functions/src/local/stack.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => ({ write: (s: string) => (append(s), true) }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, sink((s) => (out += s)), sink((s) => (err += s)));
  return { code, out, err };
}

describe('npm run smoke', () => {
  let config: Config;
  let stack: Stack;

  beforeAll(async () => {
    config = loadConfig({ FOLLOWUP_DATA_DIR: mkdtempSync(join(tmpdir(), 'followup-smoke-')), PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_LOG_LEVEL: 'silent' });
    stack = await startStack(config, acceleratedClock(60));
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    rmSync(config.local.dataDir, { recursive: true, force: true });
  });

  it.skipIf(!zoneInWindow(Date.now() + 180_000))('checks the local stack end to end and leaves nothing behind', async () => {
    const key = stack.entries[0]!.key;
    const { code, out, err } = await run('smoke', '--url', stack.apiUrl, '--key', key, '--wait', '60');
    expect(err).toMatch(/thank-you scheduled for /);
    expect(err).toContain('bounce check skipped');
    expect(err).toMatch(/the thank-you reminder went out/);
    expect(err).toMatch(/deleted \S+/);
    expect({ code, out }).toEqual({ code: 0, out: `smoke: OK ${stack.apiUrl}\n` });
    const list = (await (await fetch(`${stack.apiUrl}/v1/interviews`, { headers: { authorization: `Bearer ${key}` } })).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  }, 90_000);

  it('fails with exit code 1 naming what failed, and 2 for bad arguments', async () => {
    const bad = await run('smoke', '--url', stack.apiUrl, '--key', 'fu_not-a-key');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^smoke: .* is up\nfollowup: POST \/v1\/interviews answered 401/m);
    for (const argv of [['smoke'], ['smoke', '--url', 'nope', '--key', 'k'], ['smoke', '--url', stack.apiUrl], ['smoke', '--url', stack.apiUrl, '--key', 'k', '--wait', 'x']]) {
      expect((await run(...argv)).code, argv.join(' ')).toBe(2);
    }
  });
});

describe('smoke records', () => {
  it('put the thank-you in a zone where it falls on a weekday between 10:00 and 16:00', () => {
    const at = Date.parse('2025-01-15T03:00:00Z'); // Wed 03:00 UTC
    const zone = zoneInWindow(at)!;
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).format(at);
    expect(local).toMatch(/^(Mon|Tue|Wed|Thu|Fri),? 1[0-5]$/);
    expect(zoneInWindow(Date.parse('2025-01-19T12:00:00Z'))).toBeUndefined(); // Sunday noon UTC: no zone is on a weekday in hours
    expect(smokeRecord(at, zone, 'a@b.example', 'x')).toMatchObject({ candidate: { timeZone: zone }, notes: { rapport: 'strong' } });
  });
});
