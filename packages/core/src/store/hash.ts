import { createHash } from 'node:crypto';

/**
 * Hex SHA-256: how API keys and candidate emails appear in keys, never in clear.
 * @example sha256('secret') // '2bb80d5…'
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The form a candidate email is indexed under: case and surrounding space do not matter. */
export function emailKey(email: string): string {
  return sha256(email.trim().toLowerCase());
}
