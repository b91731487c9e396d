import type { WebhookAction } from './action.ts';
import type { Provider } from './provider.ts';
import {
  readJson,
  translateAshby,
  translateCalcom,
  translateCalendly,
  translateGreenhouse,
  translateLever,
  translateStandard,
} from './providers/index.ts';
import type { Bytes } from './verify/hmac.ts';

const TRANSLATORS: Record<Provider, (json: unknown) => WebhookAction> = {
  greenhouse: translateGreenhouse,
  lever: translateLever,
  ashby: translateAshby,
  calendly: translateCalendly,
  calcom: translateCalcom,
  standard: translateStandard,
};

/**
 * What a verified delivery asks followup to do. Only call it after `verify` accepted the body.
 * Throws a `ValidationError` naming every missing or bad field (the route answers it as a
 * `400` problem); events followup does not act on come back as `{ action: 'ignore', why }`.
 * @example translate('greenhouse', rawBody) // { action: 'event', match: { applicationId: '265293', … }, event: { type: 'rejection' } }
 */
export function translate(provider: Provider, rawBody: Bytes): WebhookAction {
  return TRANSLATORS[provider](readJson(rawBody));
}
