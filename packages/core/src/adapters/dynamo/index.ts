export { DynamoApiKeyStore } from './api-key-store.ts';
export { createDynamoClient, type DynamoClient } from './client.ts';
export { DynamoIdempotencyStore } from './idempotency-store.ts';
export { DynamoInterviewStore, type DynamoInterviewStoreOptions } from './interview-store.ts';
export { ensureTable, keys, tableDefinition } from './table.ts';
export { DynamoWebhookDeliveryStore } from './webhook-delivery-store.ts';
export { DynamoWebhookEndpointStore } from './webhook-endpoint-store.ts';
export { DynamoWebhookMatchStore } from './webhook-match-store.ts';
export { DynamoMessageStore, MESSAGE_KEEP_DAYS, messageKeys } from './message-store.ts';
