import type { Bytes } from './hmac.ts';
import type { HeaderBag } from './headers.ts';

/** One delivery as the HTTP layer received it, before anything parsed its body. */
export interface VerifyInput {
  headers: HeaderBag;
  /** The body exactly as received; a re-serialized body never verifies. */
  rawBody: Bytes;
  /** The endpoint's secret, in the form the provider signs with (`whsec_…` for Standard Webhooks). */
  secret: string;
  /** The current time in ms (the Clock port), for the providers that sign a timestamp. */
  now: number;
}

/**
 * Why a delivery was refused; every one answers `401` and changes nothing.
 * - `missing_signature`: no signature header (or, for Lever, no `signature` field)
 * - `unsigned`: the sender says it has no secret (Cal.com's `no-secret-provided`)
 * - `malformed_signature`: a signature, timestamp or id that cannot be read
 * - `bad_signature`: it does not match the endpoint's secret
 * - `stale`: the signed timestamp is outside the provider's tolerance
 * - `no_secret`: the endpoint itself has no usable secret (a configuration error)
 */
export type VerifyFailure = 'missing_signature' | 'unsigned' | 'malformed_signature' | 'bad_signature' | 'stale' | 'no_secret';

/** `deliveryId` is what redeliveries share: the provider's event id, or a hash of the body where it has none. */
export type VerifyResult = { ok: true; deliveryId: string } | { ok: false; reason: VerifyFailure };

export const refuse = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason });

/**
 * Whether a signed time is within `toleranceMs` of now, on either side (a clock running ahead
 * is as suspicious as a replay).
 *
 *   now - tolerance ───────── now ───────── now + tolerance
 *        │ stale   │      accepted       │ stale │
 */
export function isFresh(signedAtMs: number, now: number, toleranceMs: number): boolean {
  return Math.abs(now - signedAtMs) <= toleranceMs;
}
