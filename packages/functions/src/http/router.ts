import { ValidationError } from '@followup/core/errors';
import { fieldErrors } from '@followup/core/record';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

/**
 * A router whose request validation fails as the core's `ValidationError`, so a bad query or
 * body becomes the same 422 problem naming each field as a bad record does.
 * @example const interviews = router().openapi(getInterview, handler)
 */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ValidationError(fieldErrors(result.error));
    },
  });
}
