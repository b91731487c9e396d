export { DynamoApiKeyStore, DynamoIdempotencyStore, DynamoInterviewStore, createDynamoClient, ensureTable, tableDefinition, type DynamoInterviewStoreOptions } from './dynamo/index.ts';
export { systemClock } from './system-clock.ts';
