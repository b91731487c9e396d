import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './env.ts';
import { HttpProblem } from '../errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, `application/merge-patch+json` and other `+json` types, with parameters. */
const JSON_MEDIA = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

const tooLarge = () => new HttpProblem(413, 'payload-too-large', `the request body is larger than ${MAX_BODY_BYTES / 1024} KB`);

/**
 * Requests that carry a body must send JSON (415 otherwise) of 64 KB at most (413).
 * @example app.use('/v1/*', jsonBodies())
 */
export function jsonBodies(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge();
    },
  });
  return async function jsonBodies(c, next) {
    if (!['POST', 'PATCH', 'PUT'].includes(c.req.method)) return next();
    if (!JSON_MEDIA.test(c.req.header('content-type') ?? '')) {
      throw new HttpProblem(415, 'unsupported-media-type', 'send the body as application/json');
    }
    // A declared length is checked from the header alone, as bodyLimit would. bodyLimit first
    // touches `c.req.raw.body`, which makes the Node server wrap the request in a web stream
    // (Request, ReadableStream, AbortSignal: ~100 µs a POST); untouched, the route's
    // `c.req.json()` reads the body straight off the socket. Chunked bodies still go through it.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (parseInt(length, 10) > MAX_BODY_BYTES) throw tooLarge();
      return next();
    }
    return limit(c, next);
  };
}
