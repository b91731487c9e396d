/**
 * The providers' published sample payloads, read from `../shared/webhook-samples` beside the
 * repository (CI keeps that folder next to the clone).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
export const SAMPLES_DIR = resolve(REPO_ROOT, '../shared/webhook-samples');

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
