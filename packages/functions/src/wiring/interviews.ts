/**
 * The interview store and service for a configuration: what every deployed function builds
 * first. The dispatcher is EventBridge Scheduler where configured (the API on AWS), else the
 * due-time index; the delivery paths (claim, outcome, bounces) produce no commands.
 */
import { randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoInterviewStore, dueIndexDispatcher } from '@followup/core/adapters';
import { InterviewService } from '@followup/core/interviews';
import type { Clock, Config, Dispatcher, InterviewStore } from '@followup/core/ports';

/**
 * @example const interviews = interviewStore(loadConfig(), systemClock)
 */
export function interviewStore(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): InterviewStore {
  const { tableName, retentionDays, dueShards } = config;
  return new DynamoInterviewStore({ client, tableName, clock, retentionDays, dueShards });
}

/**
 * @example const service = interviewService(store, clock, configuredDispatcher(config, clock))
 */
export function interviewService(store: InterviewStore, clock: Clock, dispatcher: Dispatcher = dueIndexDispatcher): InterviewService {
  return new InterviewService({
    store,
    dispatcher,
    clock,
    newId: randomUUID,
    onDispatchFailed: (failure) => console.error(JSON.stringify({ level: 'error', event: 'scheduling_failed', tenant: failure.ref.tenantId, interview: failure.ref.interviewId, milestone: failure.ref.kind, message: failure.message })),
  });
}
