import type { Provider } from '../provider.ts';
import { ASHBY } from './ashby.ts';
import { verifyBodySignature } from './body-signature.ts';
import { CALCOM } from './calcom.ts';
import { verifyCalendly } from './calendly.ts';
import { GREENHOUSE } from './greenhouse.ts';
import { verifyLever } from './lever.ts';
import type { VerifyInput, VerifyResult } from './result.ts';
import { verifyStandard } from './standard.ts';

const VERIFIERS: Record<Provider, (input: VerifyInput) => VerifyResult> = {
  greenhouse: (input) => verifyBodySignature(GREENHOUSE, input),
  ashby: (input) => verifyBodySignature(ASHBY, input),
  calcom: (input) => verifyBodySignature(CALCOM, input),
  calendly: verifyCalendly,
  lever: verifyLever,
  standard: verifyStandard,
};

/**
 * Checks that a delivery was signed by the provider with the endpoint's secret, exactly as the
 * provider documents it, on the raw body and in constant time. Pure: `now` is the only clock.
 * @example
 * const result = verify('calcom', { headers: c.req.raw.headers, rawBody, secret, now: clock.now() });
 * if (!result.ok) return c.body(null, 401); // result.reason says why, for the delivery log
 */
export function verify(provider: Provider, input: VerifyInput): VerifyResult {
  return VERIFIERS[provider](input);
}
