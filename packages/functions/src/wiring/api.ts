/**
 * What the API function builds: stores, the interview service with the configured
 * dispatcher, and the webhook stores. Nothing of sending: the API never waits for SES.
 */
import { randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoApiKeyStore, DynamoIdempotencyStore, DynamoMessageStore, DynamoSettingsStore } from '@followup/core/adapters';
import { ConfigError } from '@followup/core/errors';
import { recordRules } from '@followup/core/interviews';
import type { Clock, Config } from '@followup/core/ports';
import { TenantPlanningCache } from '@followup/core/settings';
import type { AppDeps } from '../http/env.ts';
import { createWebhookStores } from '../webhooks/stores.ts';
import { configuredDispatcher } from './dispatcher.ts';
import { interviewService, interviewStore } from './interviews.ts';

/**
 * @example createApp(createApiDeps(loadConfig(), systemClock))
 */
export function createApiDeps(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): AppDeps {
  const { tableName, linkKey, publicUrl, webhookSecretKey } = config;
  if (!linkKey) throw new ConfigError("FOLLOWUP_LINK_KEY: required to sign and check the candidate's action links");
  if (!publicUrl) throw new ConfigError("FOLLOWUP_PUBLIC_URL: required: the candidate's action links point there");
  const store = interviewStore(config, clock, client);
  const settings = new DynamoSettingsStore(client, tableName, clock);
  const planning = new TenantPlanningCache(settings, clock);
  return {
    interviews: interviewService(store, clock, configuredDispatcher(config, clock), { records: recordRules, planning }),
    store,
    apiKeys: new DynamoApiKeyStore(client, tableName),
    settings: { store: settings, planning },
    idempotency: new DynamoIdempotencyStore(client, tableName, clock),
    clock,
    newId: randomUUID,
    links: { key: linkKey, baseUrl: publicUrl },
    webhooks: createWebhookStores(client, tableName, webhookSecretKey, clock, linkKey),
    inbound: { domain: config.inbound.domain, messages: new DynamoMessageStore(client, tableName, clock, linkKey) },
  };
}
