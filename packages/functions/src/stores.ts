import { createDynamoClient, DynamoInterviewStore } from '@followup/core/adapters/index';
import type { Clock, Config, InterviewStore } from '@followup/core/ports/index';

/**
 * The interviews store for a configuration: all a function needs that only reads and writes
 * interviews (SES events), without the API's keys, links and webhooks.
 * @example const interviews = interviewStore(loadConfig(), systemClock)
 */
export function interviewStore(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): InterviewStore {
  const { tableName, retentionDays, dueShards } = config;
  return new DynamoInterviewStore({ client, tableName, clock, retentionDays, dueShards });
}
