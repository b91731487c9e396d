/**
 * Secrets at rest (webhook signing secrets): AES-256-GCM under a key derived from
 * configuration, each sealed value bound to what it belongs to (additional authenticated
 * data), so a ciphertext copied onto another item does not open.
 *
 *   seal('s3cret', 'endpoint#42') ──▶ 'v1.<iv>.<ciphertext+tag>'   (base64url, 12-byte iv, 16-byte tag)
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { FollowupError } from '../errors/errors.ts';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that does not open: another key, another owner, or tampered bytes. */
export class SecretUnreadable extends FollowupError {}

/**
 * @example
 * const box = new SecretBox(config.webhookSecretKey)
 * const sealed = box.seal(secret, `endpoint#${id}`) // store this
 * box.open(sealed, `endpoint#${id}`)                // the secret again
 */
export class SecretBox {
  readonly #key: Buffer;

  /** `keyMaterial`: 32 characters or more of randomness (FOLLOWUP_WEBHOOK_SECRET_KEY). */
  constructor(keyMaterial: string) {
    if (keyMaterial.length < 32) throw new FollowupError('the secret key must be at least 32 characters');
    this.#key = Buffer.from(hkdfSync('sha256', keyMaterial, 'followup', 'followup secret box v1', 32));
  }

  seal(plaintext: string, owner: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv).setAAD(Buffer.from(owner));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /** Throws `SecretUnreadable` (never saying more) when the value does not open for `owner`. */
  open(sealed: string, owner: string): string {
    const [version, iv, body] = sealed.split('.');
    const bytes = Buffer.from(body ?? '', 'base64url');
    if (version !== VERSION || !iv || bytes.length < TAG_BYTES) throw new SecretUnreadable('the sealed secret is malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(owner));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new SecretUnreadable('the sealed secret does not open with this key', { cause: error });
    }
  }
}
