import { randomBytes } from 'node:crypto';
import type { Provider } from '../provider.ts';
import { STANDARD_SECRET_PREFIX } from '../providers/standard.ts';

/**
 * Lever issues each webhook's signature token itself; the tenant must copy it into followup.
 * Every other provider signs with a secret the receiver may choose.
 */
export const PROVIDER_ISSUED_SECRET: ReadonlySet<Provider> = new Set(['lever']);

/**
 * A new random secret (32 bytes) in the form the provider expects: `whsec_<base64>` for
 * Standard Webhooks, 64 hex characters for the others. Throws for a provider that issues its own.
 * @example generateSecret('standard') // 'whsec_q9C0…'
 */
export function generateSecret(provider: Provider): string {
  if (PROVIDER_ISSUED_SECRET.has(provider)) throw new Error(`${provider} issues its own secret; it cannot be generated`);
  const bytes = randomBytes(32);
  return provider === 'standard' ? `${STANDARD_SECRET_PREFIX}${bytes.toString('base64')}` : bytes.toString('hex');
}
