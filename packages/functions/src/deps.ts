import { randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoApiKeyStore, DynamoIdempotencyStore } from '@followup/core/adapters/index';
import { ConfigError } from '@followup/core/errors';
import type { Clock, Config } from '@followup/core/ports/index';
import { createDeliveryDeps, createScheduler } from './delivery/delivery-deps.ts';
import type { DeliveryDeps } from './delivery/fire-milestone.ts';
import type { AppDeps } from './env.ts';
import { interviewStore } from './stores.ts';
import { createWebhookDeps } from './webhook-routes/deps.ts';

/**
 * The app's dependencies for a configuration: DynamoDB (or dynalite) stores and a clock.
 * @example createApp(createDeps(loadConfig(), systemClock))
 */
export function createDeps(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): AppDeps {
  const { tableName, linkKey, publicUrl, webhookSecretKey } = config;
  if (!linkKey) throw new ConfigError("FOLLOWUP_LINK_KEY: required to sign and check the candidate's action links");
  if (!publicUrl) throw new ConfigError("FOLLOWUP_PUBLIC_URL: required: the candidate's action links point there");
  const interviews = interviewStore(config, clock, client);
  const links = { key: linkKey, baseUrl: publicUrl };
  let delivery: Promise<DeliveryDeps> | undefined;
  return {
    interviews,
    apiKeys: new DynamoApiKeyStore(client, tableName),
    idempotency: new DynamoIdempotencyStore(client, tableName, clock),
    clock,
    newId: randomUUID,
    links,
    scheduler: createScheduler(config, clock, () => (delivery ??= createDeliveryDeps(config, clock, interviews, links))),
    webhooks: createWebhookDeps(client, tableName, webhookSecretKey, clock),
  };
}
