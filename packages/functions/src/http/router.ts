import { ValidationError } from '@followup/core/errors';
import { fieldErrors } from '@followup/core/record';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

/** The value at a dotted issue path of the request's input, or undefined when it is absent. */
function at(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A router whose request validation fails as the core's `ValidationError`, so a bad query or
 * body becomes the same 422 problem naming each field as a bad record does. A field that is
 * absent says "is required", whatever the schema would say of a wrong value (a refinement's
 * own message is kept).
 * @example const interviews = router().openapi(getInterview, handler)
 */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const input = (result as { data?: unknown }).data;
      const errors = fieldErrors(result.error).map((e, i) => {
        const issue = result.error.issues[i]!;
        // A refinement's own message (`custom`) already says what is missing and why; keep it.
        const absent = issue.code !== 'custom' && issue.path.length > 0 && input !== undefined && at(input, issue.path) === undefined;
        return absent ? { ...e, message: 'is required' } : e;
      });
      throw new ValidationError(errors);
    },
  });
}
