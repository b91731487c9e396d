/**
 * The one HMAC every provider uses (SHA-256) and a comparison that takes the same time
 * whatever the bytes are.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A raw body exactly as received, or any other signed part. */
export type Bytes = string | Uint8Array;

/**
 * HMAC-SHA256 of the parts, concatenated, keyed with `key`.
 * @example hmacSha256('secret', timestamp, '.', rawBody).toString('hex')
 */
export function hmacSha256(key: Bytes, ...parts: Bytes[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/**
 * Compares a signature the sender sent with the one computed here, in constant time.
 * Only the length can leak, and the length of a SHA-256 MAC is public.
 * @example safeEqual(header.toLowerCase(), expected.toString('hex'))
 */
export function safeEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  // timingSafeEqual throws on unequal lengths: compare b with itself so both paths do the same work.
  if (a.length !== b.length) {
    timingSafeEqual(b, b);
    return false;
  }
  return timingSafeEqual(a, b);
}

/**
 * A delivery id for senders that send none: the SHA-256 of the body, so a byte-identical
 * redelivery has the same id.
 * @example bodyId('{"a":1}') // 'sha256:015abd7f…'
 */
export function bodyId(rawBody: Bytes): string {
  return `sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
}
