/**
 * `npm run bench:cold`: each Lambda function's bundle (as `npm run build:lambda` makes it) and its
 * cold start: a fresh `node` process imports the bundle and handles one representative event
 * against local stand-ins (dynalite, aws-ses-v2-local, the EventBridge Scheduler emulator of
 * test/support). Median of 10, printed beside two references built and run the same way:
 * - hono hello: a minimal Hono Lambda;
 * - the SDK floor of each function: a bundle that only constructs the AWS SDK clients the
 *   function needs and sends one command with each.
 * Targets: cold start ≤ 1.5× the floor's, bundle (what loads at start) ≤ 1.5× the floor's.
 *
 * Adding a function: one line in FUNCTIONS of scripts/build-lambda.ts, one in SCENARIOS here.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoApiKeyStore, tableDefinition } from '@followup/core/adapters';
import { quietAwsSdk } from '@followup/core/config';
import { sha256 } from '@followup/core/store';
import { startDynalite } from '../packages/functions/src/local/dynalite.ts';
import { startSesLocal } from '../packages/functions/src/local/ses-local.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import { startSchedulerEmulator } from '../test/support/scheduler-emulator.ts';
import { bundle, buildAll, type Built } from '../scripts/build-lambda.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/bench-cold');
const RUNS = 10;
const TABLE = 'followup-cold';
const GROUP = 'followup-bench';
const API_KEY = `bench_${randomBytes(12).toString('hex')}`;

type Client = 'dynamodb' | 'scheduler' | 'sesv2';

/** What each function constructs at start, and the event it handles. */
interface Scenario {
  clients: Client[];
  event(run: number): unknown;
  /** Runs the function this far in the future (Date.now shifted): the milestone fires what the API scheduled. */
  clockOffsetMs?: number;
}

const apiEvent = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'api.example.com', 'content-type': 'application/json', ...headers },
  requestContext: { http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' }, domainName: 'api.example.com', stage: '$default', requestId: 'r', timeEpoch: Date.now() },
  body: body === undefined ? undefined : JSON.stringify(body),
  isBase64Encoded: false,
});

/** Milestones the API's runs scheduled: the milestone function's events (each claimed once). */
const scheduledInputs: unknown[] = [];

const SCENARIOS: Record<string, Scenario> = {
  // Create an interview: auth, validate, plan (holidays), store, schedule its milestones.
  api: {
    clients: ['dynamodb', 'scheduler'],
    event: (run) =>
      apiEvent('POST', '/v1/interviews', sampleRecord({ interview: { startsAt: new Date(Date.now() + (2 + run) * 86_400_000).toISOString() } }), { authorization: `Bearer ${API_KEY}` }),
  },
  // Fire one of those schedules: claim, render, send through SES, record.
  milestone: { clients: ['dynamodb', 'sesv2', 'scheduler'], event: (run) => scheduledInputs[run], clockOffsetMs: 30 * 86_400_000 },
  // The 5-minute sweep over the due index.
  sweeper: { clients: ['dynamodb', 'sesv2', 'scheduler'], event: () => ({}) },
  // A permanent bounce, as SNS delivers it.
  'ses-events': {
    clients: ['dynamodb', 'scheduler'],
    event: (run) => ({
      Records: [{ EventSource: 'aws:sns', Sns: { Type: 'Notification', Message: JSON.stringify({ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: `gone${run}@example.com` }] }, mail: { destination: [`gone${run}@example.com`], tags: {} } }) } }],
    }),
  },
};

const FLOOR_COMMANDS: Record<Client, string> = {
  dynamodb: `const { DynamoDBClient, GetItemCommand } = await import('@aws-sdk/client-dynamodb');
  await new DynamoDBClient({}).send(new GetItemCommand({ TableName: process.env.FOLLOWUP_TABLE, Key: { pk: { S: 'floor' } } }));`,
  scheduler: `const { SchedulerClient, DeleteScheduleCommand } = await import('@aws-sdk/client-scheduler');
  await new SchedulerClient({}).send(new DeleteScheduleCommand({ Name: 'floor', GroupName: process.env.FOLLOWUP_SCHEDULE_GROUP })).catch(() => {});`,
  sesv2: `const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
  await new SESv2Client({}).send(new SendEmailCommand({ FromEmailAddress: 'floor@example.com', Destination: { ToAddresses: ['floor@example.com'] }, Content: { Simple: { Subject: { Data: 'floor' }, Body: { Text: { Data: 'floor' } } } } }));`,
};

/** Static imports in the floor (a single file, like a function that needs these clients at start). */
function floorSource(clients: Client[]): string {
  const imports = clients.map((c) => `import * as ${c} from '@aws-sdk/client-${c}';`).join('\n');
  const body = clients.map((c) => FLOOR_COMMANDS[c].replace(/await import\('@aws-sdk\/client-\w+'\)/, c)).join('\n  ');
  return `${imports}\nexport async function handler() {\n  ${body}\n  return 'ok';\n}\n`;
}

const HELLO = `import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
const app = new Hono().get('/', (c) => c.text('hello'));
export const handler = handle(app);
`;

/** One cold start: a fresh process; import, then one event. */
function coldStart(file: string, event: unknown, env: Record<string, string>, clockOffsetMs = 0): Promise<{ importMs: number; totalMs: number; result: string }> {
  const script = `
const realNow = Date.now;
Date.now = () => realNow() + ${clockOffsetMs};
const t0 = performance.now();
const { handler } = await import(${JSON.stringify(file)});
const t1 = performance.now();
const result = await handler(JSON.parse(process.env.BENCH_EVENT), { functionName: 'bench', awsRequestId: 'r', getRemainingTimeInMillis: () => 30000 });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, totalMs: t2 - t0, result: JSON.stringify(result).slice(0, 120) }));
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...env, BENCH_EVENT: JSON.stringify(event) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const line = stdout.slice(stdout.lastIndexOf('{"importMs"'));
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${file} exited ${code}: ${stderr.slice(-800)}`));
      else resolve(JSON.parse(line));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function measure(file: string, event: (run: number) => unknown, env: Record<string, string>, clockOffsetMs = 0) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await coldStart(file, event(run), env, clockOffsetMs));
  return { importMs: median(runs.map((r) => r.importMs)), totalMs: median(runs.map((r) => r.totalMs)), sample: runs[0]!.result };
}

// Stand-ins.
const dynalite = await startDynalite({});
const ses = await startSesLocal();
const scheduler = await startSchedulerEmulator({ now: () => Date.now(), groups: [GROUP] });
quietAwsSdk();
const dynamo = new DynamoDBClient({ region: 'us-east-1', endpoint: dynalite.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
await dynamo.send(new CreateTableCommand(tableDefinition(TABLE)));
await new DynamoApiKeyStore(dynamo, TABLE).put(sha256(API_KEY), 'bench');

const env: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // The SDK's service-specific endpoint variables, for the clients config.ts has no endpoint for.
  AWS_ENDPOINT_URL_DYNAMODB: dynalite.endpoint,
  AWS_ENDPOINT_URL_SCHEDULER: scheduler.endpoint,
  AWS_ENDPOINT_URL_SESV2: ses.endpoint,
  FOLLOWUP_TABLE: TABLE,
  FOLLOWUP_DYNAMO_ENDPOINT: dynalite.endpoint,
  FOLLOWUP_SES_ENDPOINT: ses.endpoint,
  FOLLOWUP_PUBLIC_URL: 'https://api.example.com',
  FOLLOWUP_LINK_KEY: randomBytes(32).toString('base64'),
  FOLLOWUP_WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
  FOLLOWUP_MAIL_FROM: 'followup <reminders@example.com>',
  FOLLOWUP_SCHEDULE_GROUP: GROUP,
  FOLLOWUP_SCHEDULE_TARGET_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:followup-bench-Milestone',
  FOLLOWUP_SCHEDULE_ROLE_ARN: 'arn:aws:iam::123456789012:role/followup-bench-scheduler',
  FOLLOWUP_SCHEDULE_DLQ_ARN: 'arn:aws:sqs:us-east-1:123456789012:followup-bench-dlq',
};

try {
  const built = new Map<string, Built>((await buildAll()).map((b) => [b.name, b]));
  mkdirSync(join(out, 'src'), { recursive: true });
  writeFileSync(join(out, 'src/hello.ts'), HELLO);
  const hello = await bundle('hello', join(out, 'src/hello.ts').replace(root, ''), join(out, 'hello'));
  const helloFigures = await measure(hello.file, () => apiEvent('GET', '/'), env);

  const rows: string[][] = [['function', 'loaded at start', 'cold start (median of 10)', 'import alone', 'vs SDK floor: size', 'time', 'targets ≤ 1.5×']];
  rows.push(['hono hello (reference)', kb(hello.initialBytes), ms(helloFigures.totalMs), ms(helloFigures.importMs), '', '', '']);
  let allPass = true;
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const fn = built.get(name);
    if (!fn) continue;
    const floorKey = scenario.clients.join('+');
    writeFileSync(join(out, `src/floor-${name}.ts`), floorSource(scenario.clients));
    const floor = await bundle(`floor-${name}`, join(out, `src/floor-${name}.ts`).replace(root, ''), join(out, `floor-${name}`));
    const floorFigures = await measure(floor.file, () => ({}), env);
    const figures = await measure(fn.file, scenario.event, env, scenario.clockOffsetMs);
    // One thank-you per interview the API created: each is claimed once.
    if (name === 'api') for (const input of scheduler.schedules.values()) {
      const ref = JSON.parse((input.Target as { Input: string }).Input) as { kind: string };
      if (ref.kind === 'thank_you') scheduledInputs.push(ref);
    }
    const sizeRatio = fn.initialBytes / floor.initialBytes;
    const timeRatio = figures.totalMs / floorFigures.totalMs;
    const pass = sizeRatio <= 1.5 && timeRatio <= 1.5;
    allPass &&= pass;
    rows.push([`  SDK floor (${floorKey})`, kb(floor.initialBytes), ms(floorFigures.totalMs), ms(floorFigures.importMs), '', '', '']);
    rows.push([
      name,
      `${kb(fn.initialBytes)} (${kb(fn.bytes)} in all${fn.installedBytes ? ` + ${kb(fn.installedBytes)} installed` : ''})`,
      ms(figures.totalMs),
      ms(figures.importMs),
      `${sizeRatio.toFixed(2)}×`,
      `${timeRatio.toFixed(2)}×`,
      `size ${sizeRatio <= 1.5 ? 'PASS' : 'FAIL'}, time ${timeRatio <= 1.5 ? 'PASS' : 'FAIL'}`,
    ]);
    rows.push([`  ${name} answered`, figures.sample, '', '', '', '', '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(`node ${process.version}, ${RUNS} fresh processes per row; cold start = import + first event, in the process\n`);
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  console.log(`\nemails in aws-ses-v2-local: ${(await ses.emails()).length} (${RUNS} from each SES floor, the rest from the functions); schedules created: ${scheduler.schedules.size}`);
  console.log(allPass ? 'all targets PASS' : 'some targets FAIL (see the note in the README: Deploy to AWS)');
} finally {
  dynamo.destroy();
  await scheduler.stop();
  await ses.stop();
  await dynalite.close();
}
