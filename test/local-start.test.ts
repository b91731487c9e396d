/**
 * `npm start`'s entry as a newcomer runs it: a real process with dynalite and the API on free
 * ports, a fresh data folder, Ctrl-C. Every process started here is stopped here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'packages/functions/src/local/start.ts');
const dirs: string[] = [];
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'followup-start-'));
  dirs.push(dir);
  return dir;
}

interface Started {
  child: ChildProcess;
  banner: string;
  apiUrl: string;
  key?: string;
  /** Sends SIGINT and resolves with the exit code and everything printed. */
  stop(): Promise<{ code: number | null; stdout: string }>;
}

function run(env: Record<string, string>): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, env: { ...process.env, PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0', ...env } });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function start(env: Record<string, string>): Promise<Started> {
  const { child, output, exited } = run(env);
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => output().stdout.includes('Ctrl-C to stop.') && resolve(output().stdout));
    exited.then((code) => reject(new Error(`exited ${code}: ${output().stderr}`)));
  });
  return {
    child,
    banner,
    apiUrl: /API\s+(http:\/\/\S+)\/v1\/interviews/.exec(banner)![1]!,
    key: /API key\s+(\S+)/.exec(banner)?.[1],
    async stop() {
      child.kill('SIGINT');
      const code = await exited;
      return { code, stdout: output().stdout };
    },
  };
}

describe('npm start', () => {
  it('prints the URLs and a key made on first run, serves the API, and stops cleanly on Ctrl-C', async () => {
    const dataDir = tempDir();
    const first = await start({ FOLLOWUP_DATA_DIR: dataDir });
    expect(first.banner).toMatch(/Docs\s+http:\/\/127\.0\.0\.1:\d+\/docs/);
    expect(first.banner).toContain(`data in ${dataDir}`);
    expect(first.key).toMatch(/^fu_/);
    expect(first.banner).not.toMatch(/NodeVersion|AWS SDK/i);
    const headers = { authorization: `Bearer ${first.key}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.apiUrl}/v1/interviews`, { method: 'POST', headers, body: JSON.stringify(sampleRecord()) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await fetch(`${first.apiUrl}/docs`)).status).toBe(200);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('followup: stopping');

    // Started again on the same folder: the same key, the same data.
    const second = await start({ FOLLOWUP_DATA_DIR: dataDir });
    expect(second.key).toBe(first.key);
    expect((await fetch(`${second.apiUrl}/v1/interviews/${id}`, { headers })).status).toBe(200);
    expect((await second.stop()).code).toBe(0);
  });

  it('takes its keys from FOLLOWUP_API_KEYS when given, printing the tenants', async () => {
    const started = await start({ FOLLOWUP_DATA_DIR: tempDir(), FOLLOWUP_API_KEYS: 'acme:acme-secret-key-123456,globex:globex-secret-key-12345' });
    expect(started.banner).toContain('tenants acme, globex');
    expect(started.key).toBeUndefined();
    const res = await fetch(`${started.apiUrl}/v1/interviews`, { headers: { authorization: 'Bearer globex-secret-key-12345' } });
    expect(res.status).toBe(200);
    expect((await started.stop()).code).toBe(0);
  });

  it.each([
    ['PORT', 'the API'],
    ['FOLLOWUP_MAIL_PORT', 'the mailbox (aws-ses-v2-local)'],
    ['FOLLOWUP_DYNAMO_PORT', 'dynalite'],
  ])('fails with one line naming %s and a non-zero code when its port is busy', async (variable, what) => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const { exited, output } = run({ FOLLOWUP_DATA_DIR: tempDir(), [variable]: String(port) });
      expect(await exited).toBe(1);
      expect(output().stderr.trim()).toBe(`followup: ${what}: port ${port} on 127.0.0.1 is already in use; set ${variable} to another port`);
    } finally {
      busy.close();
    }
  });

  it('shows the simulated time and speed, and logs one line per request without the link token', async () => {
    const started = await start({ FOLLOWUP_DATA_DIR: tempDir(), FOLLOWUP_CLOCK_SPEED: '3600' });
    expect(started.banner).toMatch(/Clock\s+\w{3} \d{1,2} \w{3} \d{4} \d\d:\d\d UTC, 3600× real time \(FOLLOWUP_CLOCK_SPEED\): a day passes every 24 s/);
    await fetch(`${started.apiUrl}/v1/interviews`, { headers: { authorization: `Bearer ${started.key}` } });
    await fetch(`${started.apiUrl}/a/secret-token-value.signature`);
    const { stdout: all } = await started.stop();
    const stdout = all.slice(all.indexOf('Ctrl-C to stop.'));
    expect(stdout).toMatch(/\d\d:\d\d:\d\d GET \/v1\/interviews 200 \d+ms tenant=local\n/);
    expect(stdout).toMatch(/GET \/a\/\[token\] \d{3} \d+ms/);
    expect(stdout).not.toContain('secret-token-value');
    expect(stdout).not.toContain(started.key);
  });

  it('fails with one line and a non-zero code when the data folder cannot be written', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const { exited, output } = run({ FOLLOWUP_DATA_DIR: join(file, 'data') });
    expect(await exited).toBe(1);
    expect(output().stderr.trim()).toMatch(/^followup: data folder .*not-a-folder\/data is not writable \(ENOTDIR\); set FOLLOWUP_DATA_DIR to a folder you can write$/);
  });

  it('refuses a data folder another running followup uses', async () => {
    const dataDir = tempDir();
    const first = await start({ FOLLOWUP_DATA_DIR: dataDir });
    const { exited, output } = run({ FOLLOWUP_DATA_DIR: dataDir });
    expect(await exited).toBe(1);
    expect(output().stderr.trim()).toBe(`followup: data folder ${dataDir} is in use by another followup (pid ${first.child.pid}); stop it or set FOLLOWUP_DATA_DIR`);
    expect((await first.stop()).code).toBe(0);
  });

  it('names a bad setting in one line', async () => {
    const { exited, output } = run({ FOLLOWUP_DATA_DIR: tempDir(), PORT: 'eighty' });
    expect(await exited).toBe(1);
    expect(output().stderr.trim()).toMatch(/^followup: PORT: /);
  });
});
