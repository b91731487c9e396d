export { DynamoApiKeyStore } from './api-key-store.ts';
export { createDynamoClient } from './client.ts';
export { DynamoIdempotencyStore } from './idempotency-store.ts';
export { DynamoInterviewStore, type DynamoInterviewStoreOptions } from './interview-store.ts';
export { ensureTable, keys, tableDefinition } from './table.ts';
