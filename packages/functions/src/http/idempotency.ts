/**
 * Safe retries for POSTs: the first response to an `Idempotency-Key` is kept 24 h and
 * replayed for the same key and body; the same key with another body is a 422.
 *
 *   POST key=k body=A ──▶ reserve k ──▶ handler ──▶ keep response (status < 500) or free k
 *   POST key=k body=A ──▶ k taken, same body ──▶ the kept response, `Idempotent-Replayed: true`
 *   POST key=k body=B ──▶ k taken, other body ──▶ 422
 *   while the first still runs ──▶ 409, retry later
 */
import { sha256 } from '@followup/core/store';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { HttpProblem } from '../errors.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;
const KEPT_HEADERS = ['content-type', 'location', 'etag'];

/** @example app.use('/v1/*', idempotency()) */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async function idempotency(c, next) {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!KEY.test(key)) throw new HttpProblem(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    const { idempotency: store } = c.var.deps;
    const tenant = c.var.tenant;
    const { pathname, search } = new URL(c.req.url);
    const fingerprint = sha256(`${c.req.method} ${pathname}${search}\n${await c.req.text()}`);
    const taken = await store.reserve(tenant, key, fingerprint);
    if (taken) {
      if (taken.fingerprint !== fingerprint) {
        throw new HttpProblem(422, 'idempotency-key-reused', 'this Idempotency-Key was used with another request; use a new key');
      }
      if (!taken.response) throw new HttpProblem(409, 'request-in-progress', 'the first request with this Idempotency-Key is still running; retry shortly');
      const { status, headers, body } = taken.response;
      return new Response(body || null, { status, headers: { ...headers, 'idempotent-replayed': 'true' } });
    }
    c.set('idempotencyKey', key);
    await next();
    if (c.res.status >= 500) return store.release(tenant, key);
    const headers = Object.fromEntries(KEPT_HEADERS.flatMap((h) => {
      const value = c.res.headers.get(h);
      return value === null ? [] : [[h, value]];
    }));
    await store.complete(tenant, key, fingerprint, { status: c.res.status, headers, body: await c.res.clone().text() });
  };
}
