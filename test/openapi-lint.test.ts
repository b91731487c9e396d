/**
 * The served contract, linted by Redocly's CLI (its `recommended` rules) as an integrator would:
 * 0 errors and 0 warnings, plus what the linter does not know about this API.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support/api.ts';

const REDOCLY = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const api = useTestApi();
type Operation = { operationId?: string; security?: unknown[]; responses: Record<string, unknown>; parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { anyOf?: { title: string }[] } }> } };
type Doc = { servers: { url: string }[]; info: { license?: unknown }; paths: Record<string, Record<string, Operation>> };
let doc: Doc;
let dir: string;

beforeAll(async () => {
  doc = (await (await api.app.request('/openapi.json')).json()) as Doc;
  dir = mkdtempSync(join(tmpdir(), 'followup-lint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

describe('the OpenAPI document', () => {
  it('lints clean with Redocly: 0 errors, 0 warnings', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    // Redocly exits 1 when it finds errors; the JSON report is on stdout either way.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NODE_NO_WARNINGS: '1' };
    const { stdout } = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--format=json'], { env, cwd: dir }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('names every operation uniquely, and has servers and a license', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/v1/interviews/{id}']!.get!.operationId).toBe('getInterview');
    expect(doc.servers).toEqual([{ url: 'https://followup.test', description: expect.any(String) }]);
    expect(doc.info.license).toBeDefined();
  });

  it('lists the statuses the shared plumbing answers: 405, 500 and 503 everywhere, 422 for a bad id, 401 with a key', () => {
    for (const { path, method, op } of operations()) {
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['405', '500', '503']));
    }
    for (const method of ['get', 'delete']) {
      expect(Object.keys(doc.paths['/v1/interviews/{id}']![method]!.responses)).toEqual(expect.arrayContaining(['401', '404', '422']));
    }
    expect(Object.keys(doc.paths['/v1/plans/preview']!.post!.responses)).toEqual(expect.arrayContaining(['400', '409', '413', '415', '422']));
  });

  it('documents the webhook receiver as public, with a body per provider and the signature headers', () => {
    const receiver = doc.paths['/v1/webhooks/{endpointId}']!.post!;
    expect(receiver.security).toEqual([]);
    expect(receiver.responses).not.toHaveProperty('415');
    const titles = receiver.requestBody!.content['application/json']!.schema.anyOf!.map((s) => s.title);
    expect(titles).toEqual(['Greenhouse', 'Lever', 'Ashby', 'Calendly', 'Cal.com', 'Standard Webhooks']);
    const headers = receiver.parameters!.filter((p) => p.in === 'header').map((p) => p.name);
    expect(headers).toEqual(expect.arrayContaining(['Signature', 'Ashby-Signature', 'Calendly-Webhook-Signature', 'X-Cal-Signature-256', 'webhook-signature']));
  });
});
