/**
 * A local stand-in for EventBridge Scheduler's CreateSchedule and DeleteSchedule (REST JSON),
 * checking each request against the constraints of the service's API model (aws-sdk-js-v3
 * `codegen/sdk-codegen/aws-models/scheduler.json`) and answering with its documented errors:
 * `ValidationException` 400, `ResourceNotFoundException` 404, `ConflictException` 409,
 * `ThrottlingException` 429, each named in the `x-amzn-errortype` header the SDK reads. On
 * request it also answers the `ValidationException` of a role IAM has not spread yet.
 *
 * Gaps, on purpose: only one-time `at()` schedules; an existing name is always a conflict
 * (the service may instead replay a create with the same `ClientToken`); nothing ever fires.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isTimeZone, wallToUtc } from '../../packages/core/src/time/zone.ts';

const NAME = /^[0-9a-zA-Z_.-]+$/;
const CLIENT_TOKEN = /^[a-zA-Z0-9_-]+$/;
const ROLE_ARN = /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SQS_ARN = /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9_-]+$/;
const AT = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;

interface Rule {
  required?: boolean;
  length?: [number, number];
  pattern?: RegExp;
  oneOf?: string[];
  range?: [number, number];
}

/** CreateSchedule's members as the API model constrains them, by dotted path. */
const CREATE_RULES: Record<string, Rule> = {
  Name: { required: true, length: [1, 64], pattern: NAME },
  ClientToken: { length: [1, 64], pattern: CLIENT_TOKEN },
  GroupName: { length: [1, 64], pattern: NAME },
  ScheduleExpression: { required: true, length: [1, 256] },
  ScheduleExpressionTimezone: { length: [1, 50] },
  Description: { length: [0, 512] },
  State: { oneOf: ['ENABLED', 'DISABLED'] },
  ActionAfterCompletion: { oneOf: ['NONE', 'DELETE'] },
  FlexibleTimeWindow: { required: true },
  'FlexibleTimeWindow.Mode': { required: true, oneOf: ['OFF', 'FLEXIBLE'] },
  'FlexibleTimeWindow.MaximumWindowInMinutes': { range: [1, 1440] },
  Target: { required: true },
  'Target.Arn': { required: true, length: [1, 1600] },
  'Target.RoleArn': { required: true, length: [1, 1600], pattern: ROLE_ARN },
  'Target.Input': { length: [1, Infinity] },
  'Target.RetryPolicy.MaximumEventAgeInSeconds': { range: [60, 86_400] },
  'Target.RetryPolicy.MaximumRetryAttempts': { range: [0, 185] },
  'Target.DeadLetterConfig.Arn': { length: [1, 1600], pattern: SQS_ARN },
};

const DELETE_RULES: Record<string, Rule> = {
  Name: CREATE_RULES.Name!,
  groupName: CREATE_RULES.GroupName!,
  clientToken: CREATE_RULES.ClientToken!,
};

export interface SchedulerEmulatorOptions {
  /** The emulator's clock, for rejecting `at()` in the past. */
  now: () => number;
  /** Schedule groups that exist; `default` always does. */
  groups?: string[];
}

export interface SchedulerEmulator {
  endpoint: string;
  /** Stored CreateSchedule bodies (with `Name`), by `group/name`. */
  schedules: Map<string, Record<string, unknown>>;
  /** Every request received, throttled ones included. */
  requests: { method: string; name: string }[];
  /** Answer the next `count` requests with `ThrottlingException`. */
  throttleNext(count: number): void;
  /**
   * Answer the next `count` CreateSchedule requests as the service does while IAM has not yet
   * spread a new execution role: `ValidationException` 400, role cannot be assumed.
   */
  refuseRoleNext(count: number): void;
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Starts the emulator on a free port of 127.0.0.1.
 * @example const emulator = await startSchedulerEmulator({ now: clock.now }); new SchedulerClient({ endpoint: emulator.endpoint, … })
 */
export async function startSchedulerEmulator(options: SchedulerEmulatorOptions): Promise<SchedulerEmulator> {
  const groups = new Set(['default', ...(options.groups ?? [])]);
  const schedules = new Map<string, Record<string, unknown>>();
  const requests: SchedulerEmulator['requests'] = [];
  let throttled = 0;
  let roleRefusals = 0;

  function createSchedule(name: string, body: Record<string, unknown>, res: ServerResponse): void {
    const input: Record<string, unknown> = { ...body, Name: name };
    const problems = [...check(input, CREATE_RULES), ...checkExpression(input, options.now())];
    if (problems.length) return fail(res, 400, 'ValidationException', problems.join('; '));
    if (roleRefusals > 0) {
      roleRefusals--;
      return fail(res, 400, 'ValidationException', 'The execution role you provide must allow AWS EventBridge Scheduler to assume the role.');
    }
    const group = (input.GroupName as string | undefined) ?? 'default';
    if (!groups.has(group)) return fail(res, 404, 'ResourceNotFoundException', `Schedule group ${group} does not exist.`);
    const key = `${group}/${name}`;
    if (schedules.has(key)) return fail(res, 409, 'ConflictException', `Schedule ${name} already exists.`);
    schedules.set(key, input);
    send(res, 200, { ScheduleArn: `arn:aws:scheduler:us-east-1:123456789012:schedule/${key}` });
  }

  function deleteSchedule(name: string, query: URLSearchParams, res: ServerResponse): void {
    const input = { Name: name, groupName: query.get('groupName') ?? undefined, clientToken: query.get('clientToken') ?? undefined };
    const problems = check(input, DELETE_RULES);
    if (problems.length) return fail(res, 400, 'ValidationException', problems.join('; '));
    const key = `${input.groupName ?? 'default'}/${name}`;
    if (!schedules.delete(key)) return fail(res, 404, 'ResourceNotFoundException', `Schedule ${name} does not exist.`);
    send(res, 200, {});
  }

  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://emulator');
      const match = /^\/schedules\/([^/]+)$/.exec(url.pathname);
      const name = match ? decodeURIComponent(match[1]!) : '';
      requests.push({ method: req.method ?? '', name });
      if (throttled > 0) {
        throttled--;
        return fail(res, 429, 'ThrottlingException', 'Rate exceeded');
      }
      if (match && req.method === 'POST') return createSchedule(name, body, res);
      if (match && req.method === 'DELETE') return deleteSchedule(name, url.searchParams, res);
      fail(res, 404, 'UnknownOperationException', `${req.method} ${url.pathname} is not emulated`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    schedules,
    requests,
    throttleNext: (count) => void (throttled = count),
    refuseRoleNext: (count) => void (roleRefusals = count),
    reset() {
      schedules.clear();
      requests.length = 0;
      throttled = 0;
      roleRefusals = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Each member that breaks its rule, as the service words it: `Target.RoleArn: must match …`. */
function check(input: Record<string, unknown>, rules: Record<string, Rule>): string[] {
  const problems: string[] = [];
  for (const [path, rule] of Object.entries(rules)) {
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], input);
    if (value === undefined) {
      if (rule.required) problems.push(`${path}: is required`);
      continue;
    }
    const textual = rule.length || rule.pattern || rule.oneOf;
    if (textual && typeof value !== 'string') problems.push(`${path}: must be a string`);
    else if (rule.range && !Number.isInteger(value)) problems.push(`${path}: must be an integer`);
    else if (rule.length && ((value as string).length < rule.length[0] || (value as string).length > rule.length[1]))
      problems.push(`${path}: length must be ${rule.length[0]} to ${rule.length[1]}`);
    else if (rule.pattern && !rule.pattern.test(value as string)) problems.push(`${path}: must match ${rule.pattern.source}`);
    else if (rule.oneOf && !rule.oneOf.includes(value as string)) problems.push(`${path}: must be one of ${rule.oneOf.join(', ')}`);
    else if (rule.range && ((value as number) < rule.range[0] || (value as number) > rule.range[1]))
      problems.push(`${path}: must be ${rule.range[0]} to ${rule.range[1]}`);
  }
  return problems;
}

/** `at(yyyy-mm-ddThh:mm:ss)`: a real date and time, in a known zone, not in the past; a flexible window needs its size. */
function checkExpression(input: Record<string, unknown>, now: number): string[] {
  const window = input.FlexibleTimeWindow as Record<string, unknown> | undefined;
  if (window?.Mode === 'FLEXIBLE' && window.MaximumWindowInMinutes === undefined)
    return ['FlexibleTimeWindow.MaximumWindowInMinutes: is required when Mode is FLEXIBLE'];
  const wall = AT.exec(String(input.ScheduleExpression ?? ''))?.[1];
  if (!wall) return ['ScheduleExpression: this emulator takes only at(yyyy-mm-ddThh:mm:ss)'];
  const wallMs = Date.parse(`${wall}Z`);
  if (Number.isNaN(wallMs) || new Date(wallMs).toISOString().slice(0, 19) !== wall) return [`ScheduleExpression: ${wall} is not a date and time`];
  const zone = (input.ScheduleExpressionTimezone as string | undefined) ?? 'UTC';
  if (!isTimeZone(zone)) return [`ScheduleExpressionTimezone: ${zone} is not a time zone`];
  if (wallToUtc(zone, wallMs) <= now) return [`ScheduleExpression: ${wall} ${zone} is in the past`];
  return [];
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch {
        resolve({}); // then every required member is reported missing
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type }).end(JSON.stringify({ Message: message }));
}
