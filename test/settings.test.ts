/**
 * Issue 14: a tenant's settings and company closures over the API, on dynalite: ETag/If-Match,
 * 422s naming fields, tenants apart, plans and re-plans that honour and name them.
 */
import { describe, expect, it } from 'vitest';
import { REPLAN_MAX_PER_CALL } from '../packages/core/src/interviews/service.ts';
import { MAX_COMPANIES } from '../packages/core/src/ports/settings.ts';
import { sampleRecord, useTestApi, type Tenant } from './support/api.ts';

const api = useTestApi();

interface Milestone { kind: string; localDueAt: string; reason: string; revision: number; status: string }
const byKind = (body: { milestones: Milestone[] }) => Object.fromEntries(body.milestones.map((m) => [m.kind, m]));
const json = async (res: Response) => (await res.json()) as Record<string, unknown> & { milestones: Milestone[] };

async function put(path: string, body: unknown, as: Tenant = 'acme') {
  const current = await api.call('GET', path, { as });
  const etag = current.headers.get('etag')!;
  return api.call('PUT', path, { as, body, headers: etag === '"0"' ? {} : { 'if-match': etag } });
}

// The sample interview: Tue 14 Jan 2025 10:00 New York, Acme (US), now Mon 13 Jan.
describe('GET and PUT /v1/settings', () => {
  it('starts empty at ETag "0", and a first PUT needs no If-Match', async () => {
    const empty = await api.call('GET', '/v1/settings', { as: 'globex' });
    expect(empty.status).toBe(200);
    expect(empty.headers.get('etag')).toBe('"0"');
    expect(await empty.json()).toEqual({});
    const first = await api.call('PUT', '/v1/settings', { as: 'globex', body: { senderName: 'Globex Careers' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(await (await api.call('GET', '/v1/settings', { as: 'globex' })).json()).toEqual({ senderName: 'Globex Careers' });
    // The other tenant sees none of it.
    expect(await (await api.call('GET', '/v1/settings')).json()).toEqual({});
  });

  it('refuses a replacement without If-Match (428) or on a stale one (412), and keeps what is stored', async () => {
    expect((await api.call('PUT', '/v1/settings', { as: 'globex', body: {} })).status).toBe(428);
    const stale = await api.call('PUT', '/v1/settings', { as: 'globex', body: {}, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const ok = await api.call('PUT', '/v1/settings', { as: 'globex', body: { senderName: 'Globex Talent' }, headers: { 'if-match': '"1"' } });
    expect(ok.headers.get('etag')).toBe('"2"');
  });

  it('answers 422 naming every bad field, and changes nothing', async () => {
    const res = await api.call('PUT', '/v1/settings', { as: 'globex', headers: { 'if-match': '"2"' }, body: { paceDays: { slow: 0 }, snoozeDays: 400, colour: 'blue', sendWindow: { start: '9am', end: '17:00' } } });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['colour', 'paceDays.slow', 'sendWindow.start', 'snoozeDays']);
    const after = await api.call('GET', '/v1/settings', { as: 'globex' });
    expect(after.headers.get('etag')).toBe('"2"');
    expect(await after.json()).toEqual({ senderName: 'Globex Talent' });
  });
});

describe('plans with the settings', () => {
  it("plan new interviews with the tenant's numbers, named in the reasons and the preview; other tenants keep POLICY's", async () => {
    const before = byKind(await api.create(sampleRecord(), 'globex') as never);
    expect(before.follow_up_1!.localDueAt).toBe('2025-01-21T09:00:00-05:00');
    expect((await put('/v1/settings', { sendWindow: { start: '10:00', end: '16:00' }, paceDays: { normal: 10 }, followUps: { default: 3 } })).status).toBe(200);

    const m = byKind(await api.create() as never);
    expect(m.follow_up_1!.localDueAt).toBe('2025-01-24T10:00:00-05:00');
    expect(m.follow_up_1!.reason).toBe("10 days after the interview (Tue 14 Jan), the tenant's wait for a normal hiring pace: due Fri 24 Jan 10:00 EST (the tenant's send window starts at 10:00)");
    expect(m.final_follow_up).toBeDefined();
    const preview = byKind(await json(await api.call('POST', '/v1/plans/preview', { body: sampleRecord() })));
    expect(preview.follow_up_1).toEqual(expect.objectContaining({ localDueAt: m.follow_up_1!.localDueAt, reason: m.follow_up_1!.reason }));
    // globex set no numbers: still POLICY's.
    expect(byKind(await api.create(sampleRecord(), 'globex') as never).follow_up_1!.localDueAt).toBe('2025-01-21T09:00:00-05:00');
  });

  it("let the record's preferences win over the tenant's", async () => {
    const m = byKind(await api.create(sampleRecord({ preferences: { sendWindow: { start: '08:30', end: '12:00' }, maxFollowUps: 1 } })) as never);
    expect(m.follow_up_1!.localDueAt).toBe('2025-01-24T08:30:00-05:00');
    expect(m.follow_up_2).toBeUndefined();
  });
});

describe('company closures', () => {
  const shutdown = { closures: [{ from: '2025-01-24', to: '2025-01-31', label: 'winter shutdown' }] };

  it('keeps them per company and tenant, with ETag/If-Match, and refuses bad ones naming the field', async () => {
    const empty = await api.call('GET', '/v1/companies/acme/closures');
    expect(empty.headers.get('etag')).toBe('"0"');
    expect(await empty.json()).toEqual({ closures: [] });
    const bad = await api.call('PUT', '/v1/companies/acme/closures', { body: { closures: [{ from: '2025-01-31', to: '2025-01-24', label: 'x' }, { from: '2025-02-30', to: '2025-03-01', label: 'y' }] } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(['closures.0.to', 'closures.1.from']);
    expect((await api.call('PUT', '/v1/companies/acme%20widgets/closures', { body: shutdown })).status).toBe(422);
    expect((await api.call('GET', '/v1/companies/acme/closures')).headers.get('etag')).toBe('"0"');
  });

  it('skips a closure in new plans, names it, and re-plans the active interviews on request', async () => {
    const earlier = await api.create();
    expect(byKind(earlier as never).follow_up_1!.localDueAt).toBe('2025-01-24T10:00:00-05:00');
    const saved = await api.call('PUT', '/v1/companies/acme/closures', { body: shutdown });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"1"');
    expect((await api.call('PUT', '/v1/companies/acme/closures', { body: shutdown })).status).toBe(428);
    // The other tenant keeps none for the same key.
    expect(await (await api.call('GET', '/v1/companies/acme/closures', { as: 'globex' })).json()).toEqual({ closures: [] });

    const fresh = byKind(await api.create() as never).follow_up_1!;
    expect(fresh.localDueAt).toBe('2025-02-03T10:00:00-05:00');
    expect(fresh.reason).toContain("Fri 24 Jan – Fri 31 Jan, Acme's winter shutdown, 24 Jan – 31 Jan");

    // Already planned: unchanged until re-planned.
    expect(byKind(await json(await api.call('GET', `/v1/interviews/${earlier.id}`))).follow_up_1!.localDueAt).toBe('2025-01-24T10:00:00-05:00');
    const replanned = await api.call('POST', '/v1/settings/replan', { body: {} });
    expect(replanned.status).toBe(200);
    const result = (await replanned.json()) as { examined: number; changed: number; nextCursor?: string };
    expect(result.nextCursor).toBeUndefined();
    expect(result.changed).toBeGreaterThanOrEqual(1);
    expect(result.changed).toBeLessThan(result.examined);
    const after = byKind(await json(await api.call('GET', `/v1/interviews/${earlier.id}`)));
    expect(after.follow_up_1).toEqual(expect.objectContaining({ localDueAt: '2025-02-03T10:00:00-05:00', revision: 2 }));
    // The thank-you did not move: same schedule, same revision.
    expect(after.thank_you!.revision).toBe(1);
    // A second re-plan finds nothing to move.
    expect(((await (await api.call('POST', '/v1/settings/replan', { body: {} })).json()) as { changed: number }).changed).toBe(0);
    // globex's interviews were not touched.
    const globex = (await (await api.call('GET', '/v1/interviews', { as: 'globex' })).json()) as { items: { milestones: Milestone[] }[] };
    expect(globex.items.every((i) => byKind(i).follow_up_1!.revision === 1)).toBe(true);
  });

  it('an empty list removes them', async () => {
    const etag = (await api.call('GET', '/v1/companies/acme/closures')).headers.get('etag')!;
    const removed = await api.call('PUT', '/v1/companies/acme/closures', { body: { closures: [] }, headers: { 'if-match': etag } });
    expect(removed.status).toBe(200);
    expect(removed.headers.get('etag')).toBe('"0"');
    expect(byKind(await api.create() as never).follow_up_1!.localDueAt).toBe('2025-01-24T10:00:00-05:00');
  });
});

describe('bounds', () => {
  it('keeps closures for at most MAX_COMPANIES companies a tenant (422 naming the key past it)', async () => {
    const one = [{ from: '2025-12-24', to: '2025-12-26', label: 'holidays' }];
    for (let i = 0; i < MAX_COMPANIES; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => api.deps.settings.store.putClosures('globex', `company-${i + k}`, one, 0)));
    }
    const past = await api.call('PUT', '/v1/companies/one-too-many/closures', { as: 'globex', body: { closures: one } });
    expect(past.status).toBe(422);
    expect(((await past.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['key']);
    // Replacing a kept company's closures is still allowed.
    expect((await api.call('PUT', '/v1/companies/company-7/closures', { as: 'globex', body: { closures: [] }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await api.call('PUT', '/v1/companies/one-too-many/closures', { as: 'globex', body: { closures: one } })).status).toBe(200);
  }, 60_000);
});

describe('POST /v1/settings/replan', () => {
  it(`examines at most ${REPLAN_MAX_PER_CALL} interviews a call and hands back a cursor for the rest`, async () => {
    const tenant = 'globex';
    const { items } = (await (await api.call('GET', '/v1/interviews?status=active&limit=100', { as: tenant })).json()) as { items: unknown[] };
    const target = REPLAN_MAX_PER_CALL + 1;
    for (let i = items.length; i < target; i++) await api.deps.interviews.create(tenant, sampleRecord(), {});
    await put('/v1/settings', { paceDays: { normal: 8 } }, tenant);
    const first = (await (await api.call('POST', '/v1/settings/replan', { as: tenant, body: {} })).json()) as { examined: number; changed: number; nextCursor?: string };
    expect(first).toEqual({ examined: REPLAN_MAX_PER_CALL, changed: REPLAN_MAX_PER_CALL, nextCursor: expect.any(String) });
    const rest = (await (await api.call('POST', '/v1/settings/replan', { as: tenant, body: { cursor: first.nextCursor } })).json()) as { examined: number; changed: number; nextCursor?: string };
    expect(rest).toEqual({ examined: 1, changed: 1 });
    const forged = await api.call('POST', '/v1/settings/replan', { as: tenant, body: { cursor: 'not-a-cursor' } });
    expect(forged.status).toBe(422);
  }, 60_000);
});
