/**
 * Where a tenant's settings and its companies' closures are kept. Each document has a version
 * (1 on the first write, +1 on each): the API's ETag, and the condition every write is made on.
 */
import type { Closure } from '../company/closures.ts';
import type { TenantDocuments, TenantSettings } from '../settings/settings.ts';

export interface Versioned<T> {
  value: T;
  version: number;
  updatedAt: string;
}

/** The most companies a tenant keeps closures for: what a plan loads stays bounded. */
export const MAX_COMPANIES = 500;

export interface SettingsStore {
  /** The tenant's settings; undefined before the first PUT. */
  get(tenant: string): Promise<Versioned<TenantSettings> | undefined>;
  /** Writes when the stored version is `expected` (0: none yet), else throws `VersionConflict`. */
  put(tenant: string, settings: TenantSettings, expected: number): Promise<Versioned<TenantSettings>>;
  getClosures(tenant: string, key: string): Promise<Versioned<Closure[]> | undefined>;
  /**
   * Writes a company's closures on `expected` as `put` does; an empty list removes them. A new
   * company past MAX_COMPANIES is a `ValidationError`.
   */
  putClosures(tenant: string, key: string, closures: Closure[], expected: number): Promise<Versioned<Closure[]>>;
  /** Everything a plan of the tenant needs, read at once (eventually consistent). */
  documents(tenant: string): Promise<TenantDocuments>;
}
