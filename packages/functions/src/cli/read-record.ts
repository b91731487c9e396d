import { readFile } from 'node:fs/promises';
import { parseRecord, ValidationError, type InterviewRecord } from '@followup/core';
import { fieldErrors } from '@followup/core/record';
import { tenantSettingsSchema, type TenantSettings } from '@followup/core/settings';
import { InputError, UsageError } from './usage.ts';

async function readText(path: string): Promise<string> {
  try {
    return path === '-' ? await readStream(process.stdin) : await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** Reads a JSON file and checks it with `parse`; every problem becomes an `InputError` naming the path or the fields. */
async function readJson<T>(path: string, what: string, parse: (json: unknown) => T): Promise<T> {
  const text = await readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parse(json);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new InputError(`${path} is not ${what}:\n${error.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
}

/** Reads and validates a record file. */
export function readRecord(path: string): Promise<InterviewRecord> {
  return readJson(path, 'a valid interview record', parseRecord);
}

/** Reads and validates a tenant settings file (the body of `PUT /v1/settings`). */
export function readSettings(path: string): Promise<TenantSettings> {
  return readJson(path, 'valid tenant settings', (json) => {
    const parsed = tenantSettingsSchema.safeParse(json);
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
    return parsed.data;
  });
}

/** `--now` as epoch ms, or the clock's time. */
export function parseNow(value: string | undefined, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 instant with an offset, e.g. 2025-01-14T10:00:00Z (got ${value})`);
  return ms;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}
