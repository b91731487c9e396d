/**
 * What one webhook provider is: how it signs, what its deliveries mean, and where its body
 * names the event. Each provider is one module under `providers/`; `registry.ts` lists them.
 */
import type { WebhookAction } from './action.ts';
import type { VerifyInput, VerifyResult } from './signing/result.ts';

/** Every sender a webhook endpoint can be registered for. */
export const PROVIDERS = ['greenhouse', 'lever', 'ashby', 'calendly', 'calcom', 'standard'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface ProviderModule {
  name: Provider;
  /** Checks the signature exactly as the provider documents it, on the raw body, in constant time. */
  verify(input: VerifyInput): VerifyResult;
  /** What a verified body asks followup to do; throws a `ValidationError` naming every bad field. */
  translate(json: unknown): WebhookAction;
  /** The body's top-level field that names the event, for the delivery log. */
  eventField: string;
  /**
   * The signature covers the body but no timestamp or delivery id (Greenhouse): a captured body
   * resent under a new id verifies, so deliveries are also deduplicated by the body's hash.
   */
  replayableBody?: true;
}

/**
 * Whether a value names a provider.
 * @example isProvider('calcom') // true
 */
export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}
