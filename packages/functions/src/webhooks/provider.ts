/** Every sender a webhook endpoint can be registered for (issue 6). */
export const PROVIDERS = ['greenhouse', 'lever', 'ashby', 'calendly', 'calcom', 'standard'] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * Whether a value names a provider.
 * @example isProvider('calcom') // true
 */
export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}
