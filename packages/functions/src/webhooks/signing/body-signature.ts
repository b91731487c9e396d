/**
 * The scheme Greenhouse, Ashby and Cal.com share: one header holding the hex HMAC-SHA256 of
 * the raw body, behind a provider-specific prefix.
 */
import { header } from './headers.ts';
import { hmacSha256, safeEqual } from './hmac.ts';
import { refuse, type VerifyInput, type VerifyResult } from './result.ts';

export interface BodySignatureScheme {
  /** The header carrying the signature. */
  header: string;
  /** What precedes the hex digest (`'sha256 '`, `'sha256='`, or nothing). */
  prefix: string;
  /** A header value meaning "I signed nothing" (Cal.com). */
  unsignedValue?: string;
  /** The provider's own id for this delivery, when it sends one. */
  deliveryId: (input: VerifyInput) => string;
}

/**
 * Checks a body-signature delivery.
 * @example verifyBodySignature(GREENHOUSE, { headers, rawBody, secret, now })
 */
export function verifyBodySignature(scheme: BodySignatureScheme, input: VerifyInput): VerifyResult {
  if (!input.secret) return refuse('no_secret');
  const value = header(input.headers, scheme.header);
  if (!value) return refuse('missing_signature');
  if (scheme.unsignedValue && value === scheme.unsignedValue) return refuse('unsigned');
  if (!value.startsWith(scheme.prefix)) return refuse('malformed_signature');
  const expected = hmacSha256(input.secret, input.rawBody).toString('hex');
  if (!safeEqual(value.slice(scheme.prefix.length).toLowerCase(), expected)) return refuse('bad_signature');
  return { ok: true, deliveryId: scheme.deliveryId(input) };
}
