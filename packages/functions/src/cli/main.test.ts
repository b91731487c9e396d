import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { baseRecordInput } from '../../../../test/support/records.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const BIN = fileURLToPath(new URL('../../bin/followup.js', import.meta.url));
let dir: string;
let recordFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-cli-'));
  recordFile = join(dir, 'record.json');
  await writeFile(recordFile, JSON.stringify(baseRecordInput));
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => ({ write: (s: string) => (append(s), true) }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, sink((s) => (out += s)), sink((s) => (err += s)));
  return { code, out, err };
}

describe('followup plan', () => {
  it('prints the plan as JSON by default', async () => {
    const { code, out } = await run('plan', recordFile, '--now', '2025-01-13T16:30:00Z');
    expect(code).toBe(0);
    const { milestones } = JSON.parse(out);
    expect(milestones.map((m: { kind: string }) => m.kind)).toEqual(['thank_you', 'follow_up_1', 'follow_up_2', 'move_on']);
    expect(milestones[1].localDueAt).toBe('2025-01-21T09:00:00-05:00');
  });

  it('prints a table for people', async () => {
    const { code, out } = await run('plan', recordFile, '--now', '2025-01-13T16:30:00Z', '--format', 'table');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^KIND\s+STATUS\s+DUE \(CANDIDATE TIME\)\s+WHY$/);
    expect(lines[2]).toMatch(/^follow_up_1\s+scheduled\s+2025-01-21 09:00-05:00\s+7 days after the interview \(Mon 13 Jan\) is Mon 20 Jan, Martin Luther King Jr\. Day \(US\)/);
  });

  it("plans with a tenant's settings file, and names each bad field of one (exit 2)", async () => {
    const settings = join(dir, 'settings.json');
    await writeFile(settings, JSON.stringify({ sendWindow: { start: '10:00', end: '16:00' }, paceDays: { normal: 10 } }));
    const { code, out } = await run('plan', recordFile, '--now', '2025-01-13T16:30:00Z', '--settings', settings);
    expect(code).toBe(0);
    const followUp = JSON.parse(out).milestones[1];
    expect(followUp.localDueAt).toBe('2025-01-23T10:00:00-05:00');
    expect(followUp.reason).toContain("the tenant's wait for a normal hiring pace");
    const bad = join(dir, 'bad-settings.json');
    await writeFile(bad, JSON.stringify({ paceDays: { normal: 0 }, colour: 'blue' }));
    const refused = await run('plan', recordFile, '--settings', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${bad} is not valid tenant settings`);
    expect(refused.err).toContain('paceDays.normal: must be at least 1');
    expect(refused.err).toContain('colour: is not a known field');
  });

  it('names each bad field by its dotted path and exits 2, without a stack trace', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...baseRecordInput, candidate: { ...baseRecordInput.candidate, timeZone: 'Mars/Base' }, preferences: { maxFollowUps: 5 } }));
    const { code, err } = await run('plan', bad);
    expect(code).toBe(2);
    expect(err).toContain('candidate.timeZone: must be an IANA time zone');
    expect(err).toContain('preferences.maxFollowUps: must be 1, 2 or 3');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the path of an unreadable or non-JSON file', async () => {
    const missing = join(dir, 'missing.json');
    expect(await run('plan', missing)).toMatchObject({ code: 2, err: expect.stringContaining(`cannot read ${missing}: ENOENT`) });
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{ nope');
    expect(await run('plan', notJson)).toMatchObject({ code: 2, err: expect.stringContaining(`${notJson} is not valid JSON`) });
  });

  it('exits 2 with usage for bad flags and values', async () => {
    for (const argv of [['plan'], ['plan', recordFile, '--bogus'], ['plan', recordFile, '--format', 'xml'], ['plan', recordFile, '--now', 'yesterday'], ['frobnicate']]) {
      const { code, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(/^followup: /);
    }
  });

  it('runs as a real command from the repository root', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'plan', recordFile, '--now', '2025-01-13T16:30:00Z']);
    expect(JSON.parse(stdout).milestones[0].kind).toBe('thank_you');
  });
});

describe('followup draft', () => {
  it('prints the draft and its findings as text', async () => {
    const { code, out } = await run('draft', recordFile, '--kind', 'thank_you', '--now', '2025-01-13T16:30:00Z');
    expect(code).toBe(0);
    expect(out).toContain('To: Maya Chen <maya@acme.example>');
    expect(out).toContain('Acme Analytics');
    expect(out).toContain('Findings:');
  });

  it('prints the reminder email as HTML, with the plan as a timeline', async () => {
    const { code, out } = await run('draft', recordFile, '--kind', 'follow_up_1', '--format', 'html', '--now', '2025-01-13T16:30:00Z');
    expect(code).toBe(0);
    expect(out).toMatch(/^<!DOCTYPE html>/i);
    expect(out).toContain('mailto:maya@acme.example?subject=Following%20up');
    expect(out).toContain('Tue 28 Jan');
  });

  it('drafts a correction from --wrong and --right', async () => {
    const { code, out } = await run('draft', recordFile, '--kind', 'correction', '--wrong', 'Acme Analytic', '--right', 'Acme Analytics', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).body).toContain('"Acme Analytic"');
  });

  it('exits 2 for a missing or unknown kind, or a correction without its texts', async () => {
    for (const argv of [['draft', recordFile], ['draft', recordFile, '--kind', 'bogus'], ['draft', recordFile, '--kind', 'correction']]) {
      expect((await run(...argv)).code, argv.join(' ')).toBe(2);
    }
  });

  it('exits 2 when the record has no one to send the kind to', async () => {
    const { code, err } = await run('draft', recordFile, '--kind', 'other_contact_inquiry');
    expect(code).toBe(2);
    expect(err).toMatch(/^followup: /);
  });
});
