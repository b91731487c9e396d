import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoWebhookDeliveryStore, DynamoWebhookEndpointStore, DynamoWebhookMatchStore } from '@followup/core/adapters/index';
import { SecretBox } from '@followup/core/crypto/index';
import type { Clock, WebhookDeliveryStore, WebhookEndpointStore, WebhookMatchStore } from '@followup/core/ports/index';

/** What the webhook routes need beside the interview service's deps. */
export interface WebhookDeps {
  endpoints: WebhookEndpointStore;
  deliveries: WebhookDeliveryStore;
  matches: WebhookMatchStore;
}

/**
 * The webhook stores on the one table; endpoint secrets sealed with `secretKey`.
 * @example webhooks: createWebhookDeps(client, tableName, config.webhookSecretKey, clock)
 */
export function createWebhookDeps(client: DynamoDBClient, tableName: string, secretKey: string, clock: Clock): WebhookDeps {
  return {
    endpoints: new DynamoWebhookEndpointStore(client, tableName, new SecretBox(secretKey), clock),
    deliveries: new DynamoWebhookDeliveryStore(client, tableName, clock),
    matches: new DynamoWebhookMatchStore(client, tableName, clock),
  };
}
