import { randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoApiKeyStore, DynamoIdempotencyStore, DynamoInterviewStore } from '@followup/core/adapters/index';
import { ConfigError } from '@followup/core/errors';
import type { Clock, Config } from '@followup/core/ports/index';
import type { AppDeps } from './env.ts';
import { createWebhookDeps } from './webhook-routes/deps.ts';

/**
 * The app's dependencies for a configuration: DynamoDB (or dynalite) stores and a clock.
 * @example createApp(createDeps(loadConfig(), systemClock))
 */
export function createDeps(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): AppDeps {
  const { tableName, retentionDays, dueShards, linkKey, publicUrl, webhookSecretKey } = config;
  if (!linkKey) throw new ConfigError("FOLLOWUP_LINK_KEY: required to sign and check the candidate's action links");
  return {
    interviews: new DynamoInterviewStore({ client, tableName, clock, retentionDays, dueShards }),
    apiKeys: new DynamoApiKeyStore(client, tableName),
    idempotency: new DynamoIdempotencyStore(client, tableName, clock),
    clock,
    newId: randomUUID,
    links: { key: linkKey, baseUrl: publicUrl },
    webhooks: createWebhookDeps(client, tableName, webhookSecretKey, clock),
  };
}
