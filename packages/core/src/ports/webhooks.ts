/**
 * The webhook stores (issue 6): the endpoints tenants register, the delivery log that also
 * deduplicates, and the lookups that match a provider's ids to interviews. Nothing about
 * DynamoDB, nothing about providers' payloads.
 */

/** What an endpoint fills in where a provider's payload is silent (a calendar knows no company). */
export interface EndpointDefaults {
  company?: string;
  role?: string;
  timeZone?: string;
}

/** A registered endpoint. `secret` is in the clear here; stores keep it sealed. */
export interface WebhookEndpoint {
  id: string;
  tenant: string;
  provider: string;
  secret: string;
  defaults: EndpointDefaults;
  createdAt: string;
}

export interface PageQuery {
  limit: number;
  /** Opaque; from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * @example const endpoint = await store.get(endpointId) // undefined: no such endpoint
 */
export interface WebhookEndpointStore {
  create(endpoint: WebhookEndpoint): Promise<void>;
  /** By id alone: the id is what a provider's request names. Undefined when unknown. */
  get(id: string): Promise<WebhookEndpoint | undefined>;
  /** The tenant's endpoints, newest first, without their secrets. */
  list(tenant: string, query: PageQuery): Promise<Page<Omit<WebhookEndpoint, 'secret'>>>;
  /** Throws `NotFound` for an unknown id and for another tenant's. */
  delete(tenant: string, id: string): Promise<void>;
}

/**
 * What became of a delivery. `processing` only while the first receipt is being carried out.
 * - `applied`: an interview was created or changed
 * - `duplicate`: a redelivery or replay of a delivery already received; nothing changed
 * - `unmatched`: no interview matches it
 * - `ignored`: authentic, but nothing to do (or the interview's state refuses it); `why` says which
 * - `needs_defaults`: it would create an interview, but the endpoint's defaults lack a field
 */
export const DELIVERY_OUTCOMES = ['applied', 'duplicate', 'unmatched', 'ignored', 'needs_defaults', 'processing'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** One receipt of a delivery, as the delivery log shows it. */
export interface DeliveryEntry {
  /** This log entry's own id. */
  id: string;
  tenant: string;
  endpointId: string;
  provider: string;
  /** The provider's id for the delivery (or the SHA-256 of its body): what redeliveries share. */
  deliveryId: string;
  /** The provider's name for the event (`reject_candidate`, `BOOKING_CREATED` …). */
  eventType: string;
  outcome: DeliveryOutcome;
  /** The interviews it touched (or, for a duplicate, that the first receipt touched). */
  interviewIds: string[];
  /** A sentence for a support person. */
  why?: string;
  receivedAt: string;
}

export interface DeliveryQuery extends PageQuery {
  interviewId?: string;
  outcome?: DeliveryOutcome;
}

/**
 * The delivery log, kept 30 days. The first receipt of a delivery id claims it (one
 * conditional write); later receipts find the claim and are logged as duplicates.
 * @example const earlier = await log.claim(entry) // undefined: first receipt, carry it out
 */
export interface WebhookDeliveryStore {
  /**
   * Claims `entry.deliveryId` for its endpoint with outcome `processing`; returns the entry
   * already holding it instead (a claim left `processing` by a crash is taken over after a minute).
   */
  claim(entry: DeliveryEntry): Promise<DeliveryEntry | undefined>;
  /**
   * For providers that sign no timestamp: records which delivery id a signed body came with;
   * returns the other delivery id it already came with instead (a replay under a new id).
   */
  claimBody(endpointId: string, bodyHash: string, deliveryId: string): Promise<string | undefined>;
  /** The claimed delivery's final outcome. */
  settle(entry: DeliveryEntry): Promise<void>;
  /** Frees a claim whose processing failed, so the provider's retry is carried out. */
  release(entry: DeliveryEntry): Promise<void>;
  /** Logs a later receipt (outcome `duplicate`) beside the first. */
  logDuplicate(entry: DeliveryEntry): Promise<void>;
  /** The tenant's entries, newest first; by interview and/or outcome. */
  list(tenant: string, query: DeliveryQuery): Promise<Page<DeliveryEntry>>;
}

/** The kinds of provider ids an interview is matched by, strongest first. */
export const MATCH_ID_KINDS = ['bookingId', 'applicationId', 'candidateId'] as const;
export type MatchIdKind = (typeof MATCH_ID_KINDS)[number];
export interface MatchId {
  kind: MatchIdKind;
  value: string;
}

/**
 * Which interview a provider's ids point at, per tenant and provider, and which interviews a
 * provider's job has: written when a webhook creates, changes or matches an interview.
 * @example await matches.remember('acme', 'calcom', [{ kind: 'bookingId', value: 'uid_1' }], interviewId)
 */
export interface WebhookMatchStore {
  /**
   * The interview ids the given ids point at, without repeats: those remembered for this
   * provider (in the order of `ids`), then interviews whose record's `externalId` is one of the
   * values (a tenant may create interviews through the API under the provider's id).
   */
  find(tenant: string, provider: string, ids: MatchId[]): Promise<string[]>;
  remember(tenant: string, provider: string, ids: MatchId[], interviewId: string): Promise<void>;
  /**
   * Points `id` at `interviewId` only if no other interview holds it (one conditional write);
   * returns the interview that already holds it instead. Twin deliveries of one booking race here.
   */
  claim(tenant: string, provider: string, id: MatchId, interviewId: string): Promise<string | undefined>;
  addToJob(tenant: string, provider: string, jobId: string, interviewId: string): Promise<void>;
  jobInterviews(tenant: string, provider: string, jobId: string): Promise<string[]>;
}

/** What the webhook routes need beside the interview service: registered endpoints, the delivery log, provider ids → interviews. */
export interface WebhookStores {
  endpoints: WebhookEndpointStore;
  deliveries: WebhookDeliveryStore;
  matches: WebhookMatchStore;
}
