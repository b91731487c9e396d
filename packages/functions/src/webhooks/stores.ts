import { DynamoWebhookDeliveryStore, DynamoWebhookEndpointStore, DynamoWebhookMatchStore, type DynamoClient } from '@followup/core/adapters';
import { SecretBox } from '@followup/core/crypto';
import { ConfigError } from '@followup/core/errors';
import type { Clock, WebhookEndpoint, WebhookEndpointStore, WebhookStores } from '@followup/core/ports';

/** How long a process keeps an endpoint it read. */
const ENDPOINT_CACHE_MS = 60_000;

/** What the webhook routes need beside the interview service's deps. */
export type { WebhookStores };

/**
 * The webhook stores on the one table; endpoint secrets sealed with `secretKey`. Only the API
 * function is given the key (the milestone, sweeper and SES-events functions build the same
 * deps without it): there, any use of the endpoints fails with a `ConfigError`.
 * Listing cursors are signed under `cursorKey` (the link key: the stores derive their own key from it).
 * @example webhooks: createWebhookStores(client, tableName, config.webhookSecretKey, clock, config.linkKey)
 */
export function createWebhookStores(client: DynamoClient, tableName: string, secretKey: string | undefined, clock: Clock, cursorKey?: string): WebhookStores {
  return {
    endpoints: secretKey ? remembered(new DynamoWebhookEndpointStore(client, tableName, new SecretBox(secretKey), clock, cursorKey), clock) : unconfigured(),
    deliveries: new DynamoWebhookDeliveryStore(client, tableName, clock, cursorKey),
    matches: new DynamoWebhookMatchStore(client, tableName, clock),
  };
}

/**
 * Every delivery reads its endpoint, and endpoints rarely change: a found one is kept a minute
 * (decrypted, in memory only). Removing one forgets it here at once; another process (Lambda
 * instance) may accept its deliveries until its minute is over. Unknown ids are never kept, so
 * random ids cannot fill the memory.
 */
function remembered(store: WebhookEndpointStore, clock: Clock): WebhookEndpointStore {
  const known = new Map<string, { endpoint: WebhookEndpoint; until: number }>();
  return {
    create: (endpoint) => store.create(endpoint),
    list: (tenant, query) => store.list(tenant, query),
    async get(id) {
      const hit = known.get(id);
      if (hit && hit.until > clock.now()) return hit.endpoint;
      const endpoint = await store.get(id);
      if (endpoint) known.set(id, { endpoint, until: clock.now() + ENDPOINT_CACHE_MS });
      else known.delete(id);
      return endpoint;
    },
    async delete(tenant, id) {
      await store.delete(tenant, id);
      known.delete(id);
    },
  };
}

/** Endpoints where no FOLLOWUP_WEBHOOK_SECRET_KEY is configured: every use says so. */
function unconfigured(): WebhookEndpointStore {
  const fail = async (): Promise<never> => {
    throw new ConfigError('FOLLOWUP_WEBHOOK_SECRET_KEY: required to register and receive webhooks');
  };
  return { create: fail, get: fail, list: fail, delete: fail };
}
