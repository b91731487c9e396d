import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiKeyEntry, ApiKeyStore, Config } from '@followup/core/ports';
import { sha256 } from '@followup/core/store';
import { readIfExists } from './data-dir.ts';

export const LOCAL_TENANT = 'local';

/** A new API key: `fu_` and 192 random bits. */
export const newApiKey = () => `fu_${randomBytes(24).toString('base64url')}`;

/** What of a key may be shown again: its first 7 characters (`fu_AbCd`). */
export const keyPrefix = (key: string) => key.slice(0, 7);

/**
 * The keys the local stack accepts: `FOLLOWUP_API_KEYS`, or else one key for tenant `local`
 * made on first run and kept in the data folder. Only their hashes go into the table.
 * @example const [{ key }] = await localApiKeys(config, apiKeys)
 */
export async function localApiKeys(config: Config, store: ApiKeyStore): Promise<{ entries: ApiKeyEntry[]; generated: boolean }> {
  const generated = config.apiKeys.length === 0;
  const entries = generated ? [{ tenant: LOCAL_TENANT, key: keptSecret(config.local.dataDir, 'api-key', newApiKey) }] : config.apiKeys;
  await Promise.all(entries.map(({ tenant, key }) => store.put(sha256(key), tenant, { prefix: keyPrefix(key) })));
  return { entries, generated };
}

/** The secret kept in the data folder's file `name`, made by `make` on first run (readable by the owner only). */
export function keptSecret(dataDir: string, name: string, make: () => string): string {
  const file = join(dataDir, name);
  const kept = readIfExists(file);
  if (kept) return kept;
  const secret = make();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
