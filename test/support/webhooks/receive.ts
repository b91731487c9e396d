/**
 * One delivery end to end, as the route will run it: signed by the provider at `now`, verified
 * with the same secret, then translated.
 */
import { ValidationError } from '@followup/core/errors';
import type { WebhookAction } from '../../../packages/functions/src/webhooks/action.ts';
import type { Provider } from '../../../packages/functions/src/webhooks/provider.ts';
import { translate } from '../../../packages/functions/src/webhooks/registry.ts';
import { verify } from '../../../packages/functions/src/webhooks/registry.ts';
import { sampleJson } from './samples.ts';
import { signDelivery } from './sign.ts';

export const TEST_NOW = Date.UTC(2025, 0, 14, 15, 0, 0);
export const TEST_SECRETS: Record<Provider, string> = {
  greenhouse: 'test_greenhouse_secret',
  lever: 'test_lever_signature_token',
  ashby: 'test_ashby_secret',
  calendly: 'test_calendly_key',
  calcom: 'test_calcom_secret',
  standard: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
};

/**
 * The action a correctly signed `rawBody` leads to; throws when it does not verify.
 * @example receive('calcom', sample('calcom-BOOKING_CREATED.json')).action // 'upsert_interview'
 */
export function receive(provider: Provider, rawBody: string): WebhookAction {
  const secret = TEST_SECRETS[provider];
  const delivery = signDelivery(provider, { rawBody, secret, now: TEST_NOW });
  const verdict = verify(provider, { ...delivery, secret, now: TEST_NOW });
  if (!verdict.ok) throw new Error(`${provider} delivery did not verify: ${verdict.reason}`);
  return translate(provider, delivery.rawBody);
}

/**
 * The field paths a correctly signed but malformed `rawBody` is refused for.
 * @example refusedFields('calcom', body) // ['payload.uid: is required']
 */
export function refusedFields(provider: Provider, rawBody: string): string[] {
  try {
    receive(provider, rawBody);
  } catch (error) {
    if (error instanceof ValidationError) return error.errors.map((e) => `${e.path}: ${e.message}`);
    throw error;
  }
  throw new Error(`${provider} accepted the body`);
}

/**
 * A sample's JSON with `change` applied, as a new raw body.
 * @example edited('greenhouse-job_updated.json', (b) => { b.payload.job.status = 'closed'; })
 */
// `any`: a test reaches into whichever field of the sample it edits.
export function edited(file: string, change: (body: any) => void): string {
  const body = sampleJson(file);
  change(body);
  return JSON.stringify(body);
}
