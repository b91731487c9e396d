import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.ts';
import { HttpProblem } from '../errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, `application/merge-patch+json` and other `+json` types, with parameters. */
const JSON_MEDIA = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Requests that carry a body must send JSON (415 otherwise) of 64 KB at most (413).
 * @example app.use('/v1/*', jsonBodies())
 */
export function jsonBodies(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpProblem(413, 'payload-too-large', `the request body is larger than ${MAX_BODY_BYTES / 1024} KB`);
    },
  });
  return async function jsonBodies(c, next) {
    if (!['POST', 'PATCH', 'PUT'].includes(c.req.method)) return next();
    if (!JSON_MEDIA.test(c.req.header('content-type') ?? '')) {
      throw new HttpProblem(415, 'unsupported-media-type', 'send the body as application/json');
    }
    return limit(c, next);
  };
}
