export {
  DynamoApiKeyStore,
  DynamoIdempotencyStore,
  DynamoInterviewStore,
  DynamoWebhookDeliveryStore,
  DynamoWebhookEndpointStore,
  DynamoWebhookMatchStore,
  DynamoMessageStore,
  DynamoSettingsStore,
  createDynamoClient,
  ensureTable,
  tableDefinition,
  type DynamoClient,
  type DynamoInterviewStoreOptions,
} from './dynamo/index.ts';
export { acceleratedClock } from './accelerated-clock.ts';
export { ManualClock } from './manual-clock.ts';
export { systemClock } from './system-clock.ts';
export { dueIndexDispatcher } from './due-index-dispatcher.ts';
