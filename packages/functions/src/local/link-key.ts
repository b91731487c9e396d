import { randomBytes } from 'node:crypto';
import type { Config } from '@followup/core/ports';
import { keptSecret } from './api-keys.ts';

/**
 * The key that signs action links: `FOLLOWUP_LINK_KEY`, or else one made on first run and kept
 * in the data folder, so links in reminders already sent keep working after a restart.
 * @example createDeps({ ...config, linkKey: localLinkKey(config) }, clock)
 */
export function localLinkKey(config: Config): string {
  return config.linkKey ?? keptSecret(config.local.dataDir, 'link-key', () => randomBytes(32).toString('base64url'));
}
