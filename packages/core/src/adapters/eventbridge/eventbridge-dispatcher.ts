import { createHash } from 'node:crypto';
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SchedulingFailed } from '../../errors/errors.ts';
import type { Clock } from '../../ports/clock.ts';
import type { Dispatcher, MilestoneRef } from '../../ports/dispatcher.ts';
import { toLocalIso } from '../../time/zone.ts';

export interface EventBridgeDispatcherOptions {
  /** The stage's schedule group. */
  groupName: string;
  /** The milestone function the schedules invoke. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke it. */
  roleArn: string;
  /** SQS queue that receives invocations still failing after the retry policy. */
  deadLetterArn: string;
  clock: Clock;
}

/** `dispatchNow` schedules this far ahead: `at()` must lie in the future, and the milestone function then runs on its own, not inside the caller's request. */
export const DISPATCH_NOW_DELAY_MS = 60_000;

/**
 * A role Scheduler cannot assume *yet*: right after a deploy creates or changes the Scheduler
 * role, IAM has not spread it, and CreateSchedule answers `ValidationException: The execution
 * role you provide must allow AWS EventBridge Scheduler to assume the role.` (aws-sdk-js-v3#6494).
 * The same request succeeds seconds later, so it is retried (`dispatchCommands`) after 1 s, then
 * 2 s, instead of 200/400 ms; past that the sweeper sends the milestone anyway.
 */
export const ROLE_PROPAGATION_RETRY_MS = 1_000;
const ROLE_NOT_ASSUMABLE = /\brole\b.*\b(assume|assumed)\b/i;

/** EventBridge's own retries of a failed invocation; the sweeper re-drives anything left after an hour. */
const RETRY_POLICY = { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 };

/**
 * One EventBridge Scheduler one-time schedule per milestone; a milestone due now gets one at
 * the next minute, so no API request waits for SES.
 *
 * - The expression is the due instant as UTC wall time with `ScheduleExpressionTimezone: 'UTC'`.
 *   The planner already turned the candidate's 09:00 into an exact instant; handing EventBridge a
 *   local wall time instead would make it re-derive that instant with its own time-zone data,
 *   and a repeated wall time (the night clocks go back) would be ambiguous.
 * - The name is also the `ClientToken`, so retries of a create are idempotent; an existing name
 *   (`ConflictException`) and a missing one on delete (`ResourceNotFoundException`) count as done.
 * - Throttling, 5xx and timeouts are retried by the client's retry strategy (standard: 3 attempts
 *   with exponential backoff); once it gives up the error becomes `SchedulingFailed`.
 * - A `ValidationException` saying the role cannot be assumed (IAM propagation after a deploy)
 *   becomes `SchedulingFailed` with `retryAfterMs`, so the caller waits seconds, not milliseconds.
 *
 * @example
 * const scheduler = new EventBridgeDispatcher(new SchedulerClient({}), { groupName: 'followup-prod', targetArn, roleArn, deadLetterArn, clock: systemClock })
 * await scheduler.schedule(ref, '2025-01-21T14:00:00.000Z', 'America/New_York')
 */
export class EventBridgeDispatcher implements Dispatcher {
  constructor(
    private readonly client: SchedulerClient,
    private readonly options: EventBridgeDispatcherOptions,
  ) {}

  async schedule(ref: MilestoneRef, dueAt: string, timeZone: string): Promise<void> {
    // Never in the past: EventBridge refuses an `at()` that has gone by.
    const due = Math.max(Date.parse(dueAt), this.options.clock.now() + DISPATCH_NOW_DELAY_MS);
    const { groupName, targetArn, roleArn, deadLetterArn } = this.options;
    const name = scheduleName(ref);
    const { tenantId, interviewId, kind, revision } = ref;
    const create = new CreateScheduleCommand({
      Name: name,
      ClientToken: name,
      GroupName: groupName,
      ScheduleExpression: atExpression(due),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Description: `${kind} of ${tenantId}/${interviewId}, due ${toLocalIso(timeZone, due)} ${timeZone}`.slice(0, 512),
      Target: {
        Arn: targetArn,
        RoleArn: roleArn,
        RetryPolicy: RETRY_POLICY,
        DeadLetterConfig: { Arn: deadLetterArn },
        Input: JSON.stringify({ tenantId, interviewId, kind, revision }),
      },
    });
    await settle(this.client.send(create), 'ConflictException');
  }

  async dispatchNow(ref: MilestoneRef): Promise<void> {
    await this.schedule(ref, new Date(this.options.clock.now()).toISOString(), 'UTC');
  }

  async cancel(ref: MilestoneRef): Promise<void> {
    const remove = new DeleteScheduleCommand({ Name: scheduleName(ref), GroupName: this.options.groupName });
    await settle(this.client.send(remove), 'ResourceNotFoundException');
  }
}

/**
 * The schedule's name, also its `ClientToken`: `<interview>-<kind>-<revision>`, where
 * `<interview>` is 96 bits of SHA-256 over tenant and interview id. At most 58 characters of
 * `[0-9a-zA-Z_-]`, whatever the ids: names allow 64 of `[0-9a-zA-Z-_.]`, tokens no dot. The
 * common prefix lets `ListSchedules` (`NamePrefix`) find one interview's schedules.
 * @example scheduleName({ tenantId: 'acme', interviewId: 'iv_1', kind: 'thank_you', revision: 2 }) // '<24 hex>-thank_you-2'
 */
export function scheduleName(ref: MilestoneRef): string {
  const interview = createHash('sha256').update(`${ref.tenantId}/${ref.interviewId}`).digest('hex').slice(0, 24);
  return `${interview}-${ref.kind}-${ref.revision}`;
}

/** `at(yyyy-mm-ddThh:mm:ss)` in UTC, rounded up to the second so it never fires early. */
function atExpression(utcMs: number): string {
  return `at(${new Date(Math.ceil(utcMs / 1000) * 1000).toISOString().slice(0, 19)})`;
}

async function settle(request: Promise<unknown>, doneWhen: string): Promise<void> {
  try {
    await request;
  } catch (error) {
    const name = (error as Error | undefined)?.name ?? 'Error';
    if (name === doneWhen) return;
    const propagating = name === 'ValidationException' && ROLE_NOT_ASSUMABLE.test((error as Error).message ?? '');
    if (propagating) {
      throw new SchedulingFailed(`EventBridge Scheduler cannot assume the role yet (IAM propagation): ${name}`, { cause: error, retryAfterMs: ROLE_PROPAGATION_RETRY_MS });
    }
    throw new SchedulingFailed(`EventBridge Scheduler failed: ${name}`, { cause: error });
  }
}

/**
 * The dispatcher for a stage's schedule group, with its own Scheduler client.
 * @example createEventBridgeDispatcher(config.scheduler, config.dynamo.region, systemClock)
 */
export function createEventBridgeDispatcher(settings: Omit<EventBridgeDispatcherOptions, 'clock'>, region: string, clock: Clock): EventBridgeDispatcher {
  return new EventBridgeDispatcher(new SchedulerClient({ region }), { ...settings, clock });
}
