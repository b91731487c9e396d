/**
 * The store port: what the API and the scheduler need from storage, nothing about DynamoDB.
 * Every change to an interview is one conditional write that bumps `version`.
 */
import type { InterviewState, InterviewStatus } from '../lifecycle/types.ts';

/** One interview as stored: its lifecycle state and what the store keeps around it. */
export interface StoredInterview {
  id: string;
  tenant: string;
  /** 1 on creation, +1 on every write (optimistic concurrency; the API's ETag). */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The record as the client sent it (schema-checked, defaults not filled in): what merge patches apply to. */
  input: Record<string, unknown>;
  state: InterviewState;
  /** Idempotency keys of the requests that wrote it, erased with it. */
  idempotencyKeys: string[];
}

export interface NewInterview {
  id: string;
  tenant: string;
  input: Record<string, unknown>;
  state: InterviewState;
  idempotencyKey?: string;
}

export interface InterviewChange {
  input?: Record<string, unknown>;
  state: InterviewState;
  idempotencyKey?: string;
}

export interface ListQuery {
  candidateEmail?: string;
  status?: InterviewStatus;
  limit: number;
  /** Opaque; from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface InterviewPage {
  items: StoredInterview[];
  nextCursor?: string;
}

/** An entry of the due-time index: an interview whose next scheduled milestone is due. */
export interface DueInterview {
  id: string;
  tenant: string;
  dueAt: string;
}

/**
 * Interviews, each one item.
 * @example const saved = await store.update(current, { state: next }) // VersionConflict if someone wrote first
 */
export interface InterviewStore {
  /** Stores a new interview at version 1. Throws `DuplicateExternalId` when the tenant already has its `externalId`. */
  create(interview: NewInterview): Promise<StoredInterview>;
  /** Throws `NotFound` for an unknown id and for another tenant's. */
  get(tenant: string, id: string): Promise<StoredInterview>;
  /** Writes `change` if the interview is still at `current.version`, else throws `VersionConflict` (or `NotFound`). */
  update(current: StoredInterview, change: InterviewChange): Promise<StoredInterview>;
  /** Newest first; by candidate email and/or status. Throws `ValidationError` on a cursor it did not issue. */
  list(tenant: string, query: ListQuery): Promise<InterviewPage>;
  /** Deletes the interview and everything naming it (externalId, idempotency records) if still at `current.version`. */
  erase(current: StoredInterview): Promise<void>;
  /** Interviews whose next scheduled milestone is due at or before `until`, soonest first. */
  listDue(until: number, limit: number): Promise<DueInterview[]>;
  /**
   * One page of re-listing every pending interview in the due-time index from the items
   * themselves (after a crash an index may miss an item); `nextCursor` until done.
   */
  reindexDue(cursor?: string): Promise<{ rewritten: number; nextCursor?: string }>;
}

/** API keys, kept only as SHA-256 hashes. */
/** What is kept of an API key: never the key, only its hash and what helps a person tell keys apart. */
export interface ApiKeyInfo {
  /** `key_` and the first 12 hex digits of the hash: safe to show, names the key for `revoke`. */
  id: string;
  keyHash: string;
  tenant: string;
  /** The key's first characters (`fu_AbCd`), as a person sees it in their config. */
  prefix?: string;
  createdAt?: string;
}

export interface ApiKeyStore {
  /** The tenant a key hash belongs to, if any. */
  tenantOf(keyHash: string): Promise<string | undefined>;
  put(keyHash: string, tenant: string, about?: { prefix?: string; createdAt?: string }): Promise<void>;
  /** Every key, or a tenant's, oldest first. */
  list(tenant?: string): Promise<ApiKeyInfo[]>;
  /** Removes a key; false when there was none with that hash. */
  revoke(keyHash: string): Promise<boolean>;
}

/** The first response to an idempotent request, replayed for its retries. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRecord {
  /** Hash of the request (method, path, body) the key was first used with. */
  fingerprint: string;
  /** Absent while the first request is still running. */
  response?: StoredResponse;
}

/** Idempotency keys per tenant, kept 24 hours. */
export interface IdempotencyStore {
  /** Claims `key` for a request; returns the record already holding it instead, if there is one. */
  reserve(tenant: string, key: string, fingerprint: string): Promise<IdempotencyRecord | undefined>;
  /** Keeps the response for replays. */
  complete(tenant: string, key: string, fingerprint: string, response: StoredResponse): Promise<void>;
  /** Frees the key again (the request failed in a way a retry may fix). */
  release(tenant: string, key: string): Promise<void>;
}
