import type { ApiKeyStore, Clock, IdempotencyStore, InterviewStore } from '@followup/core/ports/index';
import type { Scheduler } from '@followup/core/ports/scheduler';
import type { WebhookDeps } from './webhook-routes/deps.ts';

/** What the app needs from outside: stores, time, ids. Built from config (`deps.ts`) or by a test. */
export interface AppDeps {
  interviews: InterviewStore;
  apiKeys: ApiKeyStore;
  idempotency: IdempotencyStore;
  clock: Clock;
  newId: () => string;
  /** The candidate's one-click links: the key that signs them and where they point (`${baseUrl}/a/${token}`). */
  links: { key: string; baseUrl: string };
  /** Carries out the lifecycle's schedule/cancel commands after each write. */
  scheduler: Scheduler;
  /** Inbound webhooks: registered endpoints, the delivery log, provider ids → interviews. */
  webhooks: WebhookDeps;
}

/** The Hono environment: deps for every request, the caller's tenant once authenticated. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    tenant: string;
    /** The request's `Idempotency-Key`, so the interview can name (and later erase) its record. */
    idempotencyKey?: string;
  };
}
