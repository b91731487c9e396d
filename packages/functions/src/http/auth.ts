import { sha256 } from '@followup/core/store';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { HttpProblem } from '../errors.ts';

const CACHE_MS = 60_000;

/**
 * `Authorization: Bearer <key>` → the key's tenant in `c.var.tenant`. Keys are looked up by
 * their SHA-256 and remembered for a minute, so a hot key costs no read per request.
 * @example app.use('/v1/*', authenticate())
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  const known = new Map<string, { tenant: string; until: number }>();
  return async function authenticate(c, next) {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match) throw new HttpProblem(401, 'unauthorized', 'send Authorization: Bearer <API key>');
    const { apiKeys, clock } = c.var.deps;
    const hash = sha256(match[1]!);
    const now = clock.now();
    let entry = known.get(hash);
    if (!entry || entry.until <= now) {
      const tenant = await apiKeys.tenantOf(hash);
      if (!tenant) throw new HttpProblem(401, 'unauthorized', 'the API key is not valid');
      entry = { tenant, until: now + CACHE_MS };
      known.set(hash, entry);
    }
    c.set('tenant', entry.tenant);
    await next();
  };
}
