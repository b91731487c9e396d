/**
 * `followup example` and `followup keys` as a newcomer runs them: real processes, a fresh data
 * folder (the command starts dynalite on it and stops it), and the API checking a created key.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { plan } from '@followup/core/planner';
import { parseRecord } from '@followup/core/record';
import { afterAll, describe, expect, it } from 'vitest';
import { startStack } from '../local/stack.ts';
import { exampleRecord, localIso } from './example-command.ts';

const BIN = fileURLToPath(new URL('../../bin/followup.js', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function followup(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, NODE_NO_WARNINGS: '1', ...env } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

describe('followup example', () => {
  it('prints a record for an interview that ended an hour ago, by the real clock', async () => {
    const before = Date.now();
    const { code, out } = await followup(['example']);
    expect(code).toBe(0);
    const record = parseRecord(JSON.parse(out));
    const ended = Date.parse(record.interview.endsAt!);
    expect(before - ended).toBeGreaterThanOrEqual(60 * 60_000 - 60_000);
    expect(before - ended).toBeLessThanOrEqual(60 * 60_000 + 60_000);
    expect(Date.parse(record.interview.endsAt!) - Date.parse(record.interview.startsAt)).toBe(3_600_000);
  });

  it('plans a thank-you that is still to come, whatever the day', () => {
    for (const day of ['2025-01-13T16:30:00Z', '2025-07-04T20:00:00Z', '2026-12-25T03:00:00Z']) {
      const now = Date.parse(day);
      const milestones = plan(parseRecord(exampleRecord(now)), { now });
      expect(milestones.find((m) => m.kind === 'thank_you'), day).toMatchObject({ status: 'scheduled' });
      expect(Date.parse(milestones[0]!.dueAt)).toBeGreaterThan(now);
    }
  });

  it('writes local times with the zone’s offset, summer and winter', () => {
    expect(localIso(Date.parse('2025-01-13T16:00:00Z'), 'America/New_York')).toBe('2025-01-13T11:00:00-05:00');
    expect(localIso(Date.parse('2025-07-04T16:00:00Z'), 'America/New_York')).toBe('2025-07-04T12:00:00-04:00');
    expect(localIso(Date.parse('2025-07-04T16:00:00Z'), 'UTC')).toBe('2025-07-04T16:00:00+00:00');
  });

  it('exits 2 for a bad flag value', async () => {
    expect(await followup(['example', '--ended-minutes-ago', 'soon'])).toMatchObject({ code: 2, err: expect.stringMatching(/^followup: --ended-minutes-ago/) });
  });
});

describe('followup keys', () => {
  it('creates a key shown once, lists it by id and prefix without the key, and revokes it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'followup-keys-'));
    dirs.push(dataDir);
    const env = { FOLLOWUP_DATA_DIR: dataDir };
    const created = await followup(['keys', 'create', '--tenant', 'acme'], env);
    expect(created.code).toBe(0);
    const key = created.out.trim();
    expect(key).toMatch(/^fu_[A-Za-z0-9_-]{32}$/);
    expect(created.err).toMatch(/key key_[0-9a-f]{12} for tenant acme .*shown once/);
    await followup(['keys', 'create', '--tenant', 'globex'], env);

    const listed = await followup(['keys', 'list', '--format', 'json'], env);
    const keys = JSON.parse(listed.out) as { id: string; tenant: string; prefix: string; createdAt: string }[];
    expect(keys.map((k) => k.tenant)).toEqual(['acme', 'globex']);
    expect(keys[0]).toMatchObject({ prefix: key.slice(0, 7), createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(listed.out).not.toContain(key);
    const table = await followup(['keys', 'list', '--tenant', 'acme'], env);
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+TENANT\s+KEY\s+CREATED$/);
    expect(table.out).toContain(`${key.slice(0, 7)}…`);
    expect(table.out).not.toContain('globex');

    // The API on the same data folder accepts it, and refuses it once revoked.
    const stack = await startStack(loadConfig({ ...env, PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_LOG_LEVEL: 'silent' }), new ManualClock('2025-01-13T12:00:00Z'));
    try {
      const get = () => fetch(`${stack.apiUrl}/v1/interviews`, { headers: { authorization: `Bearer ${key}` } });
      expect((await get()).status).toBe(200);
      // While npm start runs, the command talks to its dynalite.
      const revoked = await followup(['keys', 'revoke', keys[0]!.id], env);
      expect(revoked).toMatchObject({ code: 0, out: expect.stringContaining(`revoked ${keys[0]!.id} (tenant acme)`) });
      const stored = await followup(['keys', 'list', '--format', 'json'], env);
      expect((JSON.parse(stored.out) as { tenant: string }[]).map((k) => k.tenant)).toEqual(['local', 'globex']);
    } finally {
      await stack.close();
    }
    expect(await followup(['keys', 'revoke', keys[0]!.id], env)).toMatchObject({ code: 2, err: expect.stringContaining(`no key ${keys[0]!.id}`) });
  }, 60_000);

  it('exits 2 with a message for bad arguments', async () => {
    for (const args of [['keys'], ['keys', 'make'], ['keys', 'create'], ['keys', 'create', '--tenant', 'a c'], ['keys', 'revoke'], ['keys', 'list', '--format', 'xml'], ['keys', 'list', '--bogus']]) {
      const { code, err } = await followup(args, { FOLLOWUP_DATA_DIR: '/nonexistent/never-made' });
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(/^followup: /);
    }
    // Seven processes of ~2 s each: more than the default timeout on a busy machine.
  }, 60_000);
});
