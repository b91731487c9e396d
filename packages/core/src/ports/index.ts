export { realNow, type Clock } from './clock.ts';
export type { ApiKeyEntry, Config } from './config.ts';
export type { Dispatcher, MilestoneRef } from './dispatcher.ts';
export type { Mailer, OutgoingEmail } from './mailer.ts';
export type {
  ApiKeyStore,
  DueInterview,
  IdempotencyRecord,
  IdempotencyStore,
  InterviewChange,
  InterviewPage,
  InterviewStore,
  ListQuery,
  NewInterview,
  StoredInterview,
  StoredResponse,
} from './store.ts';
export {
  DELIVERY_OUTCOMES,
  MATCH_ID_KINDS,
  type DeliveryEntry,
  type DeliveryOutcome,
  type DeliveryQuery,
  type EndpointDefaults,
  type MatchId,
  type MatchIdKind,
  type Page,
  type PageQuery,
  type WebhookDeliveryStore,
  type WebhookEndpoint,
  type WebhookEndpointStore,
  type WebhookMatchStore,
  type WebhookStores,
} from './webhooks.ts';
export { MESSAGE_KINDS, type MessageEntry, type MessageKind, type MessageStore, type RawMailSource } from './messages.ts';
export { MAX_COMPANIES, type SettingsStore, type Versioned } from './settings.ts';
