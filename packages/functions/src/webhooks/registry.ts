/**
 * The one list of providers. The receiver asks it to verify, translate and name a delivery;
 * nothing else knows a provider by name.
 */
import type { WebhookAction } from './action.ts';
import type { Provider, ProviderModule } from './provider.ts';
import { ashby } from './providers/ashby.ts';
import { calcom } from './providers/calcom.ts';
import { calendly } from './providers/calendly.ts';
import { greenhouse } from './providers/greenhouse.ts';
import { lever } from './providers/lever.ts';
import { readJson } from './providers/payload.ts';
import { standard } from './providers/standard.ts';
import type { Bytes } from './signing/hmac.ts';
import type { VerifyInput, VerifyResult } from './signing/result.ts';

const REGISTRY: Record<Provider, ProviderModule> = { greenhouse, lever, ashby, calendly, calcom, standard };

/**
 * Checks that a delivery was signed by the provider with the endpoint's secret. Pure: `now` is the only clock.
 * @example if (!verify('calcom', { headers, rawBody, secret, now }).ok) return c.body(null, 401)
 */
export function verify(provider: Provider, input: VerifyInput): VerifyResult {
  return REGISTRY[provider].verify(input);
}

/**
 * What a verified delivery asks followup to do. Only call it after `verify` accepted the body.
 * @example translate('greenhouse', rawBody) // { action: 'event', match: { applicationId: '265293', … }, event: { type: 'rejection' } }
 */
export function translate(provider: Provider, rawBody: Bytes): WebhookAction {
  return REGISTRY[provider].translate(readJson(rawBody));
}

/** Whether a provider's signed bodies can be replayed under a new delivery id (see `ProviderModule.replayableBody`). */
export function signsBodyOnly(provider: Provider): boolean {
  return REGISTRY[provider].replayableBody === true;
}

/**
 * The provider's name for the event, for the delivery log; only called on a body that translated.
 * @example eventTypeOf('calcom', rawBody) // 'BOOKING_CREATED'
 */
export function eventTypeOf(provider: Provider, rawBody: Bytes): string {
  const body = JSON.parse(Buffer.from(rawBody).toString('utf8')) as Record<string, unknown>;
  return String(body[REGISTRY[provider].eventField] ?? 'unknown');
}
