/**
 * `/v1/settings` and `/v1/companies/{key}/closures`: a tenant's own defaults for POLICY's
 * numbers and its companies' closures, each a document with an ETag (its version). A PUT
 * replaces the document; once one exists, a PUT must name its version in If-Match (428
 * without, 412 when it is stale). `POST /v1/settings/replan` applies them to the interviews
 * already planned.
 */
import { companyClosuresSchema, companyKeySchema, tenantSettingsSchema } from '@followup/core/settings';
import type { Versioned } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import { HttpProblem } from '../errors.ts';
import { versionOf } from '../interviews/view.ts';
import { named, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';

const tags = ['Settings'];
const security = [{ bearer: [] }];
const json = <T>(schema: T) => ({ 'application/json': { schema } });
const IfMatch = z.string().optional().openapi({ description: 'The ETag of the version you are replacing; required once the document exists.' });

const SettingsSchema = named(tenantSettingsSchema, 'TenantSettings');
const ClosuresSchema = named(companyClosuresSchema, 'CompanyClosures');
const KeyParams = z.object({
  key: named(companyKeySchema, {
    param: { name: 'key', in: 'path' },
    description: 'The company\'s id as the record\'s `company.id` gives it, else its name as a key: lower-case, no accents or legal form, words joined by "-" ("Acme Widgets, Inc." → `acme-widgets`).',
    example: 'acme-widgets',
  }),
});
const ReplanSchema = z.object({
  examined: z.number().int().openapi({ description: 'Active interviews looked at in this call (at most 500).' }),
  changed: z.number().int().openapi({ description: 'Of those, how many had a pending milestone moved.' }),
  nextCursor: z.string().optional().openapi({ description: 'More interviews remain: POST again with this cursor.' }),
}).openapi('ReplanResult');

const getSettings = createRoute({
  method: 'get', path: '/v1/settings', tags, security,
  summary: "The tenant's settings: its own defaults for POLICY's numbers",
  description: 'Precedence, lowest first: POLICY defaults < these settings < an interview record\'s own `preferences`. An absent field is POLICY\'s default. Before the first PUT: `{}` with ETag "0".',
  responses: { 200: { description: 'The settings; ETag is their version', content: json(SettingsSchema) }, ...problems(401) },
});

const putSettings = createRoute({
  method: 'put', path: '/v1/settings', tags, security,
  summary: "Replace the tenant's settings",
  description: 'New plans use them at once; interviews already planned keep their plan until `POST /v1/settings/replan` (or their own next re-plan). Other API instances see them within 5 seconds.',
  request: { headers: z.object({ 'if-match': IfMatch }), body: { required: true, content: json(SettingsSchema) } },
  responses: { 200: { description: 'The settings as stored', content: json(SettingsSchema) }, ...problems(400, 401, 409, 412, 413, 415, 422, 428) },
});

const replan = createRoute({
  method: 'post', path: '/v1/settings/replan', tags, security,
  summary: "Re-plan the tenant's active interviews with its current settings and closures",
  description: 'Pending milestones only: what was sent, done or skipped stays. At most 500 interviews per call; follow `nextCursor`.',
  request: { body: { required: true, content: json(z.strictObject({ cursor: z.string().max(2000).optional() })) } },
  responses: { 200: { description: 'What was re-planned', content: json(ReplanSchema) }, ...problems(400, 401, 413, 415, 422) },
});

const getClosures = createRoute({
  method: 'get', path: '/v1/companies/{key}/closures', tags, security,
  summary: "A company's closures, as the tenant keeps them",
  request: { params: KeyParams },
  responses: { 200: { description: 'The closures; ETag is their version ("0": none kept)', content: json(ClosuresSchema) }, ...problems(401, 422) },
});

const putClosures = createRoute({
  method: 'put', path: '/v1/companies/{key}/closures', tags, security,
  summary: "Replace a company's closures (an empty list removes them)",
  description: 'Skipped like public holidays by every plan of an interview whose company has this key, and named in reasons ("Acme\'s year-end shutdown, 24 Dec – 1 Jan"). At most 50 per company and 500 companies per tenant; a record can also carry `company.closures` of its own.',
  request: { params: KeyParams, headers: z.object({ 'if-match': IfMatch }), body: { required: true, content: json(ClosuresSchema) } },
  responses: { 200: { description: 'The closures as stored', content: json(ClosuresSchema) }, ...problems(400, 401, 409, 412, 413, 415, 422, 428) },
});

/**
 * The version a PUT replaces: the If-Match's, or 0 (a first write) when nothing is stored yet.
 * Replacing a document without naming its version would silently undo someone else's change.
 */
function expectedVersion(ifMatch: string | undefined, stored: Versioned<unknown> | undefined): number {
  if (ifMatch === undefined) {
    if (stored) throw new HttpProblem(428, 'precondition-required', 'send If-Match with the ETag of the version you are replacing (GET it first)');
    return 0;
  }
  return versionOf(ifMatch) ?? stored?.version ?? 0;
}

const etag = (version: number) => `"${version}"`;

export const settings = router()
  .openapi(getSettings, async (c) => {
    const stored = await c.var.deps.settings.store.get(c.var.tenant);
    return c.json(stored?.value ?? {}, 200, { etag: etag(stored?.version ?? 0) });
  })
  .openapi(putSettings, async (c) => {
    const { store, planning } = c.var.deps.settings;
    const expected = expectedVersion(c.req.header('if-match'), await store.get(c.var.tenant));
    const saved = await store.put(c.var.tenant, c.req.valid('json'), expected);
    planning.forget(c.var.tenant);
    return c.json(saved.value, 200, { etag: etag(saved.version) });
  })
  .openapi(replan, async (c) => {
    const result = await c.var.deps.interviews.replanActive(c.var.tenant, c.req.valid('json').cursor);
    return c.json(result, 200);
  })
  .openapi(getClosures, async (c) => {
    const stored = await c.var.deps.settings.store.getClosures(c.var.tenant, c.req.valid('param').key);
    return c.json({ closures: stored?.value ?? [] }, 200, { etag: etag(stored?.version ?? 0) });
  })
  .openapi(putClosures, async (c) => {
    const { store, planning } = c.var.deps.settings;
    const { key } = c.req.valid('param');
    const expected = expectedVersion(c.req.header('if-match'), await store.getClosures(c.var.tenant, key));
    const saved = await store.putClosures(c.var.tenant, key, c.req.valid('json').closures, expected);
    planning.forget(c.var.tenant);
    return c.json({ closures: saved.value }, 200, { etag: etag(saved.version) });
  });
