/**
 * Shared pieces of the provider payload schemas. Payloads are loose objects: providers add
 * fields all the time, and only what followup reads is required.
 */
import { ValidationError } from '@followup/core/errors';
import { fieldErrors } from '@followup/core/record';
import { z } from '@hono/zod-openapi';
import type { Bytes } from '../signing/hmac.ts';
import { bodyText } from '../signing/json-field.ts';

/** A field's own message for a wrong value, and "is required" for a missing one. */
const must = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message) });

/** An id that may arrive as a number (Greenhouse) or a string; always a string afterwards. */
export const id = z
  .union([z.string().min(1, 'must not be empty'), z.number()], must('must be a string or a number'))
  .transform(String);

/** An ISO 8601 instant with an offset, normalized to UTC milliseconds (`…T10:00:00.000Z`). */
export const instant = z.iso
  .datetime({ offset: true, ...must('must be an ISO 8601 instant with an offset') })
  .transform((value) => new Date(value).toISOString());

export const email = z.email('must be an email address');

/**
 * The body as JSON; a `ValidationError` on `(body)` when it is not JSON.
 * @example readJson('{"action":"ping"}') // { action: 'ping' }
 */
export function readJson(rawBody: Bytes): unknown {
  try {
    return JSON.parse(bodyText(rawBody));
  } catch {
    throw new ValidationError([{ path: '(body)', message: 'is not valid JSON' }]);
  }
}

/**
 * The whole body validated by `schema`, or a `ValidationError` naming every bad field by its
 * path from the body's root (`payload.application.id: is required`).
 * @example const { payload } = validate(z.looseObject({ payload: booking }), json)
 */
export function validate<T extends z.ZodType>(schema: T, json: unknown): z.output<T> {
  const result = schema.safeParse(json);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
}

/** The envelope every provider wraps its events in: which event, read before the rest. */
export const envelope = <K extends string>(key: K) => z.looseObject({ [key]: z.string().min(1) } as Record<K, z.ZodString>);

/** The keys that are set, so a match never carries `undefined` values. */
export function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
