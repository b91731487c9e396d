/**
 * The interview store and service for a configuration: what every deployed function builds
 * first. The dispatcher is EventBridge Scheduler where configured (the API on AWS), else the
 * due-time index; the delivery paths (claim, outcome, bounces) produce no commands.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoInterviewStore, DynamoSettingsStore, dueIndexDispatcher } from '@followup/core/adapters';
import { InterviewService, type RecordRules } from '@followup/core/interviews';
import type { Clock, Config, Dispatcher, InterviewStore } from '@followup/core/ports';
import { TenantPlanningCache } from '@followup/core/settings';

/**
 * Listing cursors are signed under a key derived from the link key (the store derives its own
 * key from it; see `store/cursor.ts`), so every API process accepts the others' cursors. A
 * function configured without a link key never lists (it fails at wiring if it would send
 * links): its cursors, never issued, get a key of its own.
 * @example const interviews = interviewStore(loadConfig(), systemClock)
 */
export function interviewStore(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): InterviewStore {
  const { tableName, retentionDays, dueShards } = config;
  const cursorKey = config.linkKey ?? randomBytes(32).toString('base64url');
  return new DynamoInterviewStore({ client, tableName, clock, retentionDays, dueShards, cursorKey });
}

/**
 * The tenants' settings and closures, read through a cache of a few seconds.
 * @example const planning = tenantPlanning(loadConfig(), systemClock)
 */
export function tenantPlanning(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): TenantPlanningCache {
  return new TenantPlanningCache(new DynamoSettingsStore(client, config.tableName, clock), clock);
}

/**
 * `records` only where the function takes records in (the API): the delivery functions never
 * create or patch, and so never load the record's schema. `planning`: where the function plans.
 * @example const service = interviewService(store, clock, configuredDispatcher(config, clock), { records: recordRules, planning })
 */
export function interviewService(
  store: InterviewStore, clock: Clock, dispatcher: Dispatcher = dueIndexDispatcher,
  options: { claimLeaseMs?: number; records?: RecordRules; planning?: TenantPlanningCache } = {},
): InterviewService {
  const { planning, ...rest } = options;
  return new InterviewService({
    store,
    dispatcher,
    clock,
    ...rest,
    ...(planning && { planningFor: (tenant: string) => planning.planningFor(tenant) }),
    newId: randomUUID,
    // Straight to stdout, as http/log.ts writes: on Lambda the log event is then this JSON object
    // itself (console.error would prefix it with time, request id and level), which the API's
    // metric filter selects on `$.event` (infra/api.ts: the SchedulingFailed alarm).
    onDispatchFailed: (failure) => void process.stdout.write(`${JSON.stringify({ level: 'error', event: 'scheduling_failed', tenant: failure.ref.tenantId, interview: failure.ref.interviewId, milestone: failure.ref.kind, message: failure.message })}\n`),
  });
}
