/**
 * `npm run bench:api`: autocannon against `npm start`'s stack on a fresh data folder — POST and
 * GET of an interview — beside the storage ceiling measured in the same run: raw PutItem and
 * GetItem of the same item against the same dynalite.
 *
 *   node --import tsx bench/api.bench.ts [--seconds 10] [--connections 32]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Request, type Result } from 'autocannon';
import { sampleRecord } from '../packages/functions/src/local/sample-record.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);
const ROOT = resolve(import.meta.dirname, '..');
const TABLE = 'followup';

/** Starts `npm start`'s entry on free ports and reads the banner for the URLs and the key. */
async function startStack(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/functions/src/local/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, FOLLOWUP_DATA_DIR: dataDir, PORT: '0', FOLLOWUP_MAIL_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk) => (out += chunk) && out.includes('Ctrl-C to stop.') && done());
    child.once('exit', (code) => fail(new Error(`npm start exited with ${code}`)));
  });
  const match = (re: RegExp) => re.exec(out)![1]!;
  return {
    api: match(/API\s+(http:\/\/\S+)\/v1\/interviews/),
    dynamo: match(/DynamoDB\s+(http:\/\/\S+)/),
    key: match(/API key\s+(\S+)/),
    stop: () => new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGINT');
    }),
  };
}

/** DynamoDB's wire protocol as the SDK speaks it; dynalite checks the shape, not the signature. */
function dynamoRequest(operation: string, body: unknown): Request & { headers: Record<string, string> } {
  return {
    method: 'POST',
    path: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'x-amz-date': '20250101T000000Z',
      authorization: 'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
    },
    body: JSON.stringify(body),
  };
}

async function dynamo(endpoint: string, operation: string, body: unknown): Promise<any> {
  const { method, headers, body: payload } = dynamoRequest(operation, body);
  const res = await fetch(endpoint, { method, headers, body: payload });
  if (!res.ok) throw new Error(`${operation}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function run(name: string, options: Parameters<typeof autocannon>[0]): Promise<[string, Result]> {
  process.stderr.write(`${name} … `);
  const result = await autocannon({ connections, duration, ...options });
  process.stderr.write('done\n');
  if (result.errors || result.non2xx) throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  return [name, result];
}

const dataDir = mkdtempSync(join(tmpdir(), 'followup-bench-'));
const stack = await startStack(dataDir);
try {
  const auth = { authorization: `Bearer ${stack.key}`, 'content-type': 'application/json' };
  const record = JSON.stringify(sampleRecord());
  const created = await fetch(`${stack.api}/v1/interviews`, { method: 'POST', headers: auth, body: record });
  const { id } = (await created.json()) as { id: string };
  // The exact item the API wrote, indexes' keys and all: what the raw calls write and read.
  const { Item: item } = await dynamo(stack.dynamo, 'GetItem', { TableName: TABLE, Key: { pk: { S: `interview#${id}` } } });

  let n = 0;
  const putItem = await run('raw PutItem', {
    url: stack.dynamo,
    requests: [{
      setupRequest: () => {
        const copy = `bench-${++n}`;
        return dynamoRequest('PutItem', {
          TableName: TABLE,
          Item: { ...item, pk: { S: `interview#${copy}` }, tsk: { S: `${item.createdAt.S}#${copy}` }, dueSk: { S: `${item.dueSk.S}-${copy}` } },
          ConditionExpression: 'attribute_not_exists(pk)',
        });
      },
    }],
  });
  const post = await run('POST /v1/interviews', { url: `${stack.api}/v1/interviews`, method: 'POST', headers: auth, body: record });
  const getItem = await run('raw GetItem', {
    url: stack.dynamo,
    requests: [dynamoRequest('GetItem', { TableName: TABLE, Key: { pk: { S: `interview#${id}` } }, ConsistentRead: true })],
  });
  const get = await run('GET /v1/interviews/{id}', { url: `${stack.api}/v1/interviews/${id}`, headers: auth });

  const row = ([name, r]: [string, Result], note = '') =>
    `${name.padEnd(26)}${r.requests.average.toFixed(0).padStart(8)}${String(r.latency.p50).padStart(8)}${String(r.latency.p99).padStart(8)}   ${note}`;
  const share = (api: Result, raw: Result) => Math.round((100 * api.requests.average) / raw.requests.average);
  console.log(`\nfollowup API bench — ${connections} connections, ${duration} s each, fresh data folder, one dynalite\n`);
  console.log(`${''.padEnd(26)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}`);
  console.log(row(putItem, '(ceiling)'));
  console.log(row(post, `${share(post[1], putItem[1])} % of PutItem (target ≥ 50 %, p99 ≤ 100 ms)`));
  console.log(row(getItem, '(ceiling)'));
  console.log(row(get, `${share(get[1], getItem[1])} % of GetItem (target ≥ 50 %)`));
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
