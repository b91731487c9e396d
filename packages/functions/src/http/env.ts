import type { InterviewService } from '@followup/core/interviews';
import type { ApiKeyStore, Clock, IdempotencyStore, InterviewStore, MessageStore, SettingsStore, WebhookStores } from '@followup/core/ports';
import type { TenantPlanningCache } from '@followup/core/settings';
import type { Log } from './log.ts';

/** What the app needs from outside. Built from config (`wiring/api.ts`) or by a test. */
export interface AppDeps {
  /** The only way an interview changes. */
  interviews: InterviewService;
  /** Reads: a single interview, lists. */
  store: InterviewStore;
  apiKeys: ApiKeyStore;
  /** Tenant settings and company closures: stored, and as plans read them (cached a few seconds). */
  settings: { store: SettingsStore; planning: TenantPlanningCache };
  idempotency: IdempotencyStore;
  clock: Clock;
  newId: () => string;
  /** The candidate's one-click links: the key that signs them and where they point (`${baseUrl}/a/${token}`). */
  links: { key: string; baseUrl: string };
  /** Inbound webhooks: registered endpoints, the delivery log, provider ids → interviews. */
  webhooks: WebhookStores;
  /** Request and reminder lines; the environment's (`defaultLog()`) when absent. */
  log?: Log;
  /** Reply addresses (issue 13): their domain, and the log of what arrived. */
  inbound?: { domain: string; messages: MessageStore };
}

/** The Hono environment: deps for every request, the caller's tenant once authenticated. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    tenant: string;
    /** The request's `Idempotency-Key`, so the interview can name (and later erase) its record. */
    idempotencyKey?: string;
    /** The error behind a 5xx answer, kept by `onError` for the request's log line. */
    failure?: unknown;
  };
}
