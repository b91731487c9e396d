export type { Clock } from './clock.ts';
export type { ApiKeyEntry, Config } from './config.ts';
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
