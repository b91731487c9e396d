/**
 * A known path asked with a method it does not take answers 405 with `Allow` (RFC 9110 §15.5.6),
 * before authentication or body checks; `OPTIONS` answers 204 with the same `Allow`.
 *
 *   PUT /v1/interviews/42 ─▶ the path is GET, PATCH, DELETE ─▶ 405, Allow: GET, HEAD, PATCH, DELETE
 *   GET /v1/nothing-here  ─▶ no route has the path           ─▶ next (404 from notFound)
 */
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { problem } from './problem.ts';

interface PathMethods {
  pattern: RegExp;
  methods: Set<string>;
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** `/v1/interviews/:id/calendar.ics` → `^/v1/interviews/[^/]+/calendar\.ics$`; `:name{re}` keeps `re`. */
export function patternOf(path: string): RegExp {
  const tokens = path.match(/:\w+(?:\{(?:[^{}]|\{[^{}]*\})+\})?|\*|[^:*]+/g) ?? [];
  const source = tokens
    .map((token) => {
      if (token === '*') return '.*';
      const param = /^:\w+(?:\{(.+)\})?$/.exec(token);
      if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
      return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function table(app: Hono<AppEnv>): PathMethods[] {
  const byPath = new Map<string, PathMethods>();
  for (const { method, path } of app.routes) {
    if (method === 'ALL') continue; // middleware
    const entry = byPath.get(path) ?? { pattern: patternOf(path), methods: new Set<string>() };
    entry.methods.add(method);
    if (method === 'GET') entry.methods.add('HEAD');
    byPath.set(path, entry);
  }
  return [...byPath.values()];
}

/**
 * Reads `app.routes` on the first request, once every route is registered.
 * @example app.use(methodNotAllowed(app))
 */
export function methodNotAllowed(app: Hono<AppEnv>): MiddlewareHandler<AppEnv> {
  let routes: PathMethods[] | undefined;
  return async function methodNotAllowed(c, next) {
    routes ??= table(app);
    const path = c.req.path;
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => [...r.methods]));
    if (allowed.size === 0 || allowed.has(c.req.method)) return next();
    allowed.add('OPTIONS');
    const allow = ORDER.filter((m) => allowed.has(m)).join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow });
    return problem(c, { status: 405, slug: 'method-not-allowed', detail: `${c.req.method} is not allowed here; this path answers ${allow}`, headers: { allow } });
  };
}
