/**
 * `npm run bench:api`: autocannon against `npm start`'s stack on a fresh data folder — POST and
 * GET of an interview — beside the storage ceiling measured in the same run: raw PutItem and
 * GetItem of the same item against the same dynalite. Between the two, the same calls through
 * the API's own SDK client (`createDynamoClient`) from this process: the most the API's store
 * call alone could reach, so what is left is the API's own work.
 *
 *   node --import tsx bench/api.bench.ts [--seconds 10] [--connections 32]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';
import { quietAwsSdk } from '../packages/core/src/config/config.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

// As `npm start` does: the SDK warns about Node 20 as it loads.
quietAwsSdk();
const { GetItemCommand, PutItemCommand } = await import('@aws-sdk/client-dynamodb');
const { createDynamoClient } = await import('../packages/core/src/adapters/dynamo/client.ts');

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);
const ROOT = resolve(import.meta.dirname, '..');
const TABLE = 'followup';

/** Starts `npm start`'s entry on free ports and reads the banner for the URLs and the key. */
async function startStack(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/functions/src/local/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, FOLLOWUP_DATA_DIR: dataDir, PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0' },
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

/** What each row shows: requests per second and latency percentiles (ms). */
interface Figures {
  rate: number;
  p50: number;
  p99: number;
}

async function run(name: string, options: Parameters<typeof autocannon>[0]): Promise<[string, Figures]> {
  process.stderr.write(`${name} … `);
  const result = await autocannon({ connections, duration, ...options });
  process.stderr.write('done\n');
  if (result.errors || result.non2xx) throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  return [name, { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }];
}

/** `call` kept `connections` times in flight for `duration` seconds, as autocannon keeps requests. */
async function runSdk(name: string, call: () => Promise<unknown>): Promise<[string, Figures]> {
  process.stderr.write(`${name} … `);
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + duration * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      await call();
      latencies.push(performance.now() - sent);
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  process.stderr.write('done\n');
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
  return [name, { rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99) }];
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
  /** A copy of the item under a new id, with the index keys that must stay unique. */
  const copyOf = () => {
    const copy = `bench-${++n}`;
    return { ...item, pk: { S: `interview#${copy}` }, tsk: { S: `${item.createdAt.S}#${copy}` }, dueSk: { S: `${item.dueSk.S}-${copy}` } };
  };
  const putItem = await run('raw PutItem', {
    url: stack.dynamo,
    requests: [{ setupRequest: () => dynamoRequest('PutItem', { TableName: TABLE, Item: copyOf(), ConditionExpression: 'attribute_not_exists(pk)' }) }],
  });
  // The API runs right after its ceiling, on the table as the ceiling left it; the SDK rows after.
  const post = await run('POST /v1/interviews', { url: `${stack.api}/v1/interviews`, method: 'POST', headers: auth, body: record });
  const client = createDynamoClient({ region: 'us-east-1', endpoint: stack.dynamo });
  const sdkPut = await runSdk('SDK PutItem', () =>
    client.send(new PutItemCommand({ TableName: TABLE, Item: copyOf(), ConditionExpression: 'attribute_not_exists(pk)' })));
  const getItem = await run('raw GetItem', {
    url: stack.dynamo,
    requests: [dynamoRequest('GetItem', { TableName: TABLE, Key: { pk: { S: `interview#${id}` } }, ConsistentRead: true })],
  });
  const get = await run('GET /v1/interviews/{id}', { url: `${stack.api}/v1/interviews/${id}`, headers: auth });
  const sdkGet = await runSdk('SDK GetItem', () =>
    client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: `interview#${id}` } }, ConsistentRead: true })));
  client.destroy();

  const row = ([name, r]: [string, Figures], note = '') =>
    `${name.padEnd(26)}${r.rate.toFixed(0).padStart(8)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}   ${note}`;
  const share = (api: Figures, raw: Figures) => Math.round((100 * api.rate) / raw.rate);
  console.log(`\nfollowup API bench — ${connections} connections, ${duration} s each, fresh data folder, one dynalite\n`);
  console.log(`${''.padEnd(26)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}`);
  console.log(row(putItem, '(ceiling)'));
  console.log(row(sdkPut, `${share(sdkPut[1], putItem[1])} % of PutItem: the API's SDK client alone, same item`));
  console.log(row(post, `${share(post[1], putItem[1])} % of PutItem (target ≥ 50 %, p99 ≤ 100 ms)`));
  console.log(row(getItem, '(ceiling)'));
  console.log(row(sdkGet, `${share(sdkGet[1], getItem[1])} % of GetItem: the API's SDK client alone, same item`));
  console.log(row(get, `${share(get[1], getItem[1])} % of GetItem (target ≥ 50 %)`));
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
