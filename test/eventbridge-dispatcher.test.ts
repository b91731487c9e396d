import { CreateScheduleCommand, SchedulerClient, type CreateScheduleCommandInput } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DISPATCH_NOW_DELAY_MS, EventBridgeDispatcher, ROLE_PROPAGATION_RETRY_MS, scheduleName } from '../packages/core/src/adapters/eventbridge/index.ts';
import { SchedulingFailed } from '../packages/core/src/errors/errors.ts';
import { MILESTONE_KINDS } from '../packages/core/src/planner/milestone.ts';
import { dispatchCommands } from '../packages/core/src/interviews/dispatch.ts';
import type { MilestoneRef } from '../packages/core/src/ports/dispatcher.ts';
import { startSchedulerEmulator, type SchedulerEmulator } from './support/scheduler-emulator.ts';

const NOW = Date.parse('2025-01-13T15:00:00Z');
const clock = { now: () => NOW };
const GROUP = 'followup-test';
const TARGET = 'arn:aws:lambda:us-east-1:123456789012:function:followup-test-milestone';
const ROLE = 'arn:aws:iam::123456789012:role/followup-test-scheduler';
const DLQ = 'arn:aws:sqs:us-east-1:123456789012:followup-test-schedules-dlq';
const ref: MilestoneRef = { tenantId: 'acme', interviewId: 'iv_01JH8Z', kind: 'follow_up_1', revision: 1 };
const DUE = '2025-01-21T14:00:00.000Z';

let emulator: SchedulerEmulator;
let client: SchedulerClient;
let scheduler: EventBridgeDispatcher;

beforeAll(async () => {
  emulator = await startSchedulerEmulator({ now: clock.now, groups: [GROUP] });
  client = new SchedulerClient({ region: 'us-east-1', endpoint: emulator.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  scheduler = new EventBridgeDispatcher(client, { groupName: GROUP, targetArn: TARGET, roleArn: ROLE, deadLetterArn: DLQ, clock });
});

afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

beforeEach(() => {
  emulator.reset();
});

describe('EventBridgeDispatcher against an emulator that checks the API model', () => {
  it('creates one one-time schedule per milestone: at() in UTC, window off, deleted after firing, the function as target with retries, a dead-letter queue and the milestone as input', async () => {
    await scheduler.schedule(ref, DUE, 'America/New_York');

    const name = scheduleName(ref);
    expect([...emulator.schedules.keys()]).toEqual([`${GROUP}/${name}`]);
    expect(emulator.schedules.get(`${GROUP}/${name}`)).toEqual({
      Name: name,
      ClientToken: name,
      GroupName: GROUP,
      ScheduleExpression: 'at(2025-01-21T14:00:00)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Description: 'follow_up_1 of acme/iv_01JH8Z, due 2025-01-21T09:00:00-05:00 America/New_York',
      Target: {
        Arn: TARGET,
        RoleArn: ROLE,
        RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: DLQ },
        Input: JSON.stringify({ tenantId: 'acme', interviewId: 'iv_01JH8Z', kind: 'follow_up_1', revision: 1 }),
      },
    });
  });

  it('rounds a due time with milliseconds up to the next second, never firing early', async () => {
    await scheduler.schedule(ref, '2025-01-21T14:00:00.250Z', 'UTC');

    expect(emulator.schedules.get(`${GROUP}/${scheduleName(ref)}`)?.ScheduleExpression).toBe('at(2025-01-21T14:00:01)');
  });

  it('leaves one schedule and no error when the same milestone is scheduled twice (ConflictException is done)', async () => {
    await scheduler.schedule(ref, DUE, 'America/New_York');
    await expect(scheduler.schedule(ref, DUE, 'America/New_York')).resolves.toBeUndefined();

    expect(emulator.schedules.size).toBe(1);
    expect(emulator.requests).toHaveLength(2);
  });

  it('deletes the schedule on cancel, and a cancel of one already gone is done (ResourceNotFoundException)', async () => {
    await scheduler.schedule(ref, DUE, 'America/New_York');
    await scheduler.cancel(ref);
    expect(emulator.schedules.size).toBe(0);

    await expect(scheduler.cancel(ref)).resolves.toBeUndefined();
    expect(emulator.requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'DELETE']);
  });

  it('retries a throttled create with backoff until it goes through', async () => {
    emulator.throttleNext(2);

    await scheduler.schedule(ref, DUE, 'America/New_York');

    expect(emulator.requests).toHaveLength(3);
    expect(emulator.schedules.size).toBe(1);
  });

  it('fails with SchedulingFailed when throttling outlasts the client retries, so the sweeper takes over', async () => {
    emulator.throttleNext(10);

    const error = await scheduler.cancel(ref).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SchedulingFailed);
    expect((error as SchedulingFailed).cause).toMatchObject({ name: 'ThrottlingException' });
    expect(emulator.requests).toHaveLength(3);
  });

  it('dispatches a milestone due now as a schedule at the next minute, so the caller never waits for the send', async () => {
    await scheduler.dispatchNow(ref);

    expect(emulator.schedules.get(`${GROUP}/${scheduleName(ref)}`)).toMatchObject({ ScheduleExpression: `at(${new Date(NOW + DISPATCH_NOW_DELAY_MS).toISOString().slice(0, 19)})` });
  });

  it('never schedules in the past: a due time that has gone by becomes the next minute', async () => {
    await scheduler.schedule(ref, new Date(NOW - 3_600_000).toISOString(), 'UTC');

    expect(emulator.schedules.get(`${GROUP}/${scheduleName(ref)}`)).toMatchObject({ ScheduleExpression: `at(${new Date(NOW + DISPATCH_NOW_DELAY_MS).toISOString().slice(0, 19)})` });
  });

  it('carries out lifecycle commands in order: a re-planned milestone swaps its old revision for a new one', async () => {
    const target = { tenantId: ref.tenantId, interviewId: ref.interviewId, timeZone: 'America/New_York' };
    const options = { now: NOW, sleep: async () => {}, onFailed: () => {} };
    await dispatchCommands(scheduler, target, [{ type: 'schedule', kind: 'follow_up_1', revision: 1, dueAt: DUE }], options);
    await dispatchCommands(scheduler, target, [
      { type: 'cancel', kind: 'follow_up_1', revision: 1 },
      { type: 'schedule', kind: 'follow_up_1', revision: 2, dueAt: '2025-01-24T14:00:00.000Z' },
    ], options);

    expect([...emulator.schedules.keys()]).toEqual([`${GROUP}/${scheduleName({ ...ref, revision: 2 })}`]);
    expect(emulator.requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
  });
});

describe('a Scheduler role IAM has not spread yet (right after a deploy)', () => {
  const target = { tenantId: ref.tenantId, interviewId: ref.interviewId, timeZone: 'America/New_York' };
  const command = { type: 'schedule', kind: 'follow_up_1', revision: 1, dueAt: DUE } as const;

  it('turns "must allow AWS EventBridge Scheduler to assume the role" into a SchedulingFailed that asks for a wait of seconds', async () => {
    emulator.refuseRoleNext(1);

    const error = await scheduler.schedule(ref, DUE, 'America/New_York').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SchedulingFailed);
    expect(error).toMatchObject({ retryAfterMs: ROLE_PROPAGATION_RETRY_MS, cause: { name: 'ValidationException' } });
    expect(ROLE_PROPAGATION_RETRY_MS).toBeGreaterThanOrEqual(1_000);
    expect(emulator.requests).toHaveLength(1); // the SDK does not retry a 400 itself
  });

  it('retries the create after 1 s, then 2 s, until the role can be assumed, and reports nothing', async () => {
    emulator.refuseRoleNext(2);
    const sleeps: number[] = [];
    const failures: unknown[] = [];

    await dispatchCommands(scheduler, target, [command], { now: NOW, sleep: async (ms) => void sleeps.push(ms), onFailed: (f) => failures.push(f) });

    expect(sleeps).toEqual([ROLE_PROPAGATION_RETRY_MS, 2 * ROLE_PROPAGATION_RETRY_MS]);
    expect(failures).toEqual([]);
    expect(emulator.requests).toHaveLength(3);
    expect([...emulator.schedules.keys()]).toEqual([`${GROUP}/${scheduleName(ref)}`]);
  });

  it('surfaces it as a scheduling failure once the attempts are spent (the sweeper sends the milestone)', async () => {
    emulator.refuseRoleNext(10);
    const failures: { message: string }[] = [];

    await dispatchCommands(scheduler, target, [command], { now: NOW, sleep: async () => {}, onFailed: (f) => failures.push(f) });

    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toContain('cannot assume the role yet');
    expect(emulator.schedules.size).toBe(0);
  });

  it('keeps the short backoff for any other refusal', async () => {
    const sleeps: number[] = [];
    const broken = new EventBridgeDispatcher(client, { groupName: GROUP, targetArn: TARGET, roleArn: 'not-an-arn', deadLetterArn: DLQ, clock });

    await dispatchCommands(broken, target, [command], { now: NOW, sleep: async (ms) => void sleeps.push(ms), onFailed: () => {} });

    expect(sleeps).toEqual([200, 400]);
  });
});

describe('scheduleName', () => {
  it('names every milestone within 64 characters that are valid both as a name and as a ClientToken, whatever the ids', () => {
    const longest = { tenantId: 't'.repeat(64), interviewId: 'i'.repeat(200), revision: Number.MAX_SAFE_INTEGER };
    for (const kind of MILESTONE_KINDS) {
      const name = scheduleName({ ...longest, kind });
      expect(name.length).toBeLessThanOrEqual(64);
      expect(name).toMatch(/^[a-zA-Z0-9_-]+$/);
    }
  });

  it('is the same for the same milestone and differs for another revision, kind, interview or tenant', () => {
    expect(scheduleName({ ...ref })).toBe(scheduleName(ref));
    const others = [{ ...ref, revision: 2 }, { ...ref, kind: 'follow_up_2' as const }, { ...ref, interviewId: 'iv_2' }, { ...ref, tenantId: 'globex' }];
    expect(new Set([ref, ...others].map(scheduleName)).size).toBe(5);
  });
});

describe('the emulator', () => {
  const valid: CreateScheduleCommandInput = {
    Name: 'ok',
    GroupName: GROUP,
    ScheduleExpression: 'at(2025-01-21T14:00:00)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: TARGET, RoleArn: ROLE },
  };
  const rejects = (input: Partial<CreateScheduleCommandInput>, because: string) =>
    expect(client.send(new CreateScheduleCommand({ ...valid, ...input } as CreateScheduleCommandInput))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(because),
      $metadata: { httpStatusCode: 400 },
    });

  it('accepts the minimal valid request', async () => {
    await expect(client.send(new CreateScheduleCommand(valid))).resolves.toMatchObject({ ScheduleArn: expect.stringContaining('/ok') });
  });

  it('rejects what the API model rejects: bad names and tokens, bad at() expressions, missing required members', async () => {
    await rejects({ Name: 'a/b' }, 'Name: must match');
    await rejects({ Name: 'x'.repeat(65) }, 'Name: length must be 1 to 64');
    await rejects({ ClientToken: 'has.dot' }, 'ClientToken: must match');
    await rejects({ ScheduleExpression: 'at(2025-01-21T14:00)' }, 'only at(yyyy-mm-ddThh:mm:ss)');
    await rejects({ ScheduleExpression: 'at(2025-02-30T14:00:00)' }, 'is not a date and time');
    await rejects({ ScheduleExpression: 'at(2025-01-13T14:59:59)' }, 'is in the past');
    await rejects({ ScheduleExpressionTimezone: 'Mars/Olympus' }, 'is not a time zone');
    await rejects({ FlexibleTimeWindow: undefined }, 'FlexibleTimeWindow: is required');
    await rejects({ Target: { Arn: TARGET } as CreateScheduleCommandInput['Target'] }, 'Target.RoleArn: is required');
    await rejects({ Target: { ...valid.Target!, RetryPolicy: { MaximumRetryAttempts: 186 } } }, 'MaximumRetryAttempts: must be 0 to 185');
    expect(emulator.schedules.size).toBe(0);
  });

  it('answers ResourceNotFoundException for a schedule group that does not exist', async () => {
    await expect(client.send(new CreateScheduleCommand({ ...valid, GroupName: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });
});
