import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { interviewIdOf, type Log } from './log.ts';

/**
 * One log line per request: method, path (tokens redacted), status, milliseconds, the tenant once
 * authenticated and the interview the path names; a 5xx carries the error `onError` kept.
 * Durations are measured with `performance.now()`, not the Clock: they are real elapsed time.
 * @example app.use(requestLog(log))
 */
export function requestLog(log: Log): MiddlewareHandler<AppEnv> {
  return async function requestLog(c, next) {
    const started = performance.now();
    try {
      await next();
    } finally {
      const path = c.req.path;
      log.request({
        method: c.req.method,
        path,
        status: c.res.status,
        ms: performance.now() - started,
        tenant: c.get('tenant'),
        interviewId: interviewIdOf(path),
        error: c.get('failure'),
      });
    }
  };
}
