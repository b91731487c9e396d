/**
 * The providers' published sample payloads, kept in `test/fixtures/webhook-samples` (their
 * sources are in that folder's README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../../fixtures/webhook-samples/', import.meta.url));

/**
 * A sample file's exact bytes, as text.
 * @example sample('calcom-BOOKING_CREATED.json')
 */
export function sample(name: string): string {
  return readFileSync(resolve(SAMPLES_DIR, name), 'utf8');
}

/**
 * A sample file's JSON.
 * @example sampleJson<{ vectors: unknown[] }>('SYNTHETIC-signature-vectors.json')
 */
export function sampleJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(sample(name)) as T;
}
