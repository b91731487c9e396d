import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecord, testApi, type TestApi, useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

type Milestone = { kind: string; status: string; dueAt: string; revision: number };
type Interview = { id: string; version: number; status: string; milestones: Milestone[]; record: Record<string, any> };
type Problem = { type: string; title: string; status: number; detail: string; errors?: { path: string; message: string }[]; [k: string]: unknown };

const milestone = (interview: Interview, kind: string) => interview.milestones.find((m) => m.kind === kind);
const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as Problem;
};
const unique = () => `ats-${Math.random().toString(36).slice(2)}`;

describe('POST /v1/interviews', () => {
  it('stores the record, plans its follow-ups and answers 201 with Location and ETag', async () => {
    const res = await api.call('POST', '/v1/interviews', { body: sampleRecord() });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Interview;
    expect(res.headers.get('location')).toBe(`/v1/interviews/${body.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(body).toMatchObject({ version: 1, status: 'active', record: { role: 'Platform Engineer', interview: { endsAt: '2025-01-14T16:00:00.000Z' } } });
    // POLICY: neutral rapport → thank-you 48 h after the interview ended (Tue 11:00 EST → Thu 11:00 EST).
    expect(milestone(body, 'thank_you')).toMatchObject({ status: 'scheduled', dueAt: '2025-01-16T16:00:00.000Z', revision: 1 });
    expect(milestone(body, 'follow_up_1')?.status).toBe('scheduled');
  });

  it('names every invalid field in a 422 problem', async () => {
    const record = sampleRecord({ candidate: { name: 'Ann', email: 'not-an-email', timeZone: 'Mars/Olympus' } });
    const problem = await problemOf(await api.call('POST', '/v1/interviews', { body: record }));
    expect(problem).toMatchObject({ status: 422, type: 'urn:followup:problem:validation-error' });
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['candidate.email', 'candidate.timeZone']);
    expect(problem.errors?.find((e) => e.path === 'candidate.timeZone')?.message).toMatch(/IANA time zone/);
  });

  it('answers 409 naming the existing interview for a second record with the same externalId', async () => {
    const externalId = unique();
    const first = await api.create(sampleRecord({ externalId }));
    const problem = await problemOf(await api.call('POST', '/v1/interviews', { body: sampleRecord({ externalId }) }));
    expect(problem).toMatchObject({ status: 409, existingId: first.id, externalId });
    expect(problem.detail).toContain(first.id);
  });

  it('lets another tenant use the same externalId', async () => {
    const externalId = unique();
    await api.create(sampleRecord({ externalId }), 'acme');
    expect((await api.call('POST', '/v1/interviews', { as: 'globex', body: sampleRecord({ externalId }) })).status).toBe(201);
  });
});

describe('GET /v1/interviews/{id}', () => {
  it('returns the interview, its state, plan and version with an ETag', async () => {
    const created = await api.create();
    const res = await api.call('GET', `/v1/interviews/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(await res.json()).toEqual(created);
  });

  it('answers 404 for an unknown id and for another tenant’s interview alike', async () => {
    const created = await api.create(sampleRecord(), 'globex');
    const unknown = await problemOf(await api.call('GET', '/v1/interviews/nope'));
    const foreign = await problemOf(await api.call('GET', `/v1/interviews/${created.id}`, { as: 'acme' }));
    expect(unknown).toMatchObject({ status: 404, type: 'urn:followup:problem:not-found' });
    expect(foreign).toMatchObject({ status: 404, detail: `interview ${created.id} was not found` });
  });
});

describe('GET /v1/interviews', () => {
  let isolated: TestApi;
  const emails = ['a@example.com', 'b@example.com', 'a@example.com'];
  const ids: string[] = [];
  beforeAll(async () => {
    isolated = await testApi();
    for (const [i, email] of emails.entries()) {
      isolated.clock.advance(1000);
      const { id } = await isolated.create(sampleRecord({ candidate: { name: `C${i}`, email, timeZone: 'America/New_York' } }));
      ids.push(id);
    }
    await isolated.call('POST', `/v1/interviews/${ids[0]}/events`, { body: { type: 'offer' } });
  });
  afterAll(() => isolated.close());

  const list = async (query: string, as: 'acme' | 'globex' = 'acme') => {
    const res = await isolated.call('GET', `/v1/interviews${query}`, { as });
    expect(res.status).toBe(200);
    return (await res.json()) as { items: Interview[]; nextCursor?: string };
  };

  it('pages newest first with an opaque cursor', async () => {
    const first = await list('?limit=2');
    expect(first.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).toEqual([ids[0]]);
  });

  it('filters by candidate email, ignoring case, and by status', async () => {
    expect((await list('?candidateEmail=A@Example.com')).items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    expect((await list('?status=offer_received')).items.map((i) => i.id)).toEqual([ids[0]]);
    expect((await list('?candidateEmail=a@example.com&status=active')).items.map((i) => i.id)).toEqual([ids[2]]);
  });

  it('shows a tenant only its own interviews', async () => {
    expect((await list('', 'globex')).items).toEqual([]);
  });

  it('rejects a cursor issued for another listing, and a bad limit, naming the field', async () => {
    const { nextCursor } = await list('?limit=1');
    const reused = await problemOf(await isolated.call('GET', `/v1/interviews?status=active&cursor=${nextCursor}`));
    expect(reused.errors).toEqual([{ path: 'cursor', message: 'is not a cursor this listing issued' }]);
    const forged = await problemOf(await isolated.call('GET', '/v1/interviews?cursor=bm9wZQ'));
    expect(forged.errors?.[0]?.path).toBe('cursor');
    const limit = await problemOf(await isolated.call('GET', '/v1/interviews?limit=0&status=lost'));
    expect(limit.errors?.map((e) => e.path).sort()).toEqual(['limit', 'status']);
  });
});

describe('PATCH /v1/interviews/{id}', () => {
  const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    api.call('PATCH', `/v1/interviews/${id}`, { body, headers: { 'content-type': 'application/merge-patch+json', ...headers } });

  it('requires If-Match (428)', async () => {
    const { id } = await api.create();
    expect(await problemOf(await patch(id, { role: 'SRE' }))).toMatchObject({ status: 428 });
  });

  it('answers 412 for a stale version', async () => {
    const { id } = await api.create();
    expect(await problemOf(await patch(id, { role: 'SRE' }, { 'if-match': '"7"' }))).toMatchObject({ status: 412 });
  });

  it('merges the patch, bumps the version and re-plans pending milestones when the interview moves', async () => {
    const { id } = await api.create();
    const res = await patch(id, { interview: { startsAt: '2025-01-21T10:00:00-05:00' }, notes: { topics: null } }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const body = (await res.json()) as Interview;
    // endsAt was never sent: it follows the new start instead of keeping the old default.
    expect(body.record.interview).toEqual({ startsAt: '2025-01-21T10:00:00-05:00', endsAt: '2025-01-21T16:00:00.000Z' });
    expect(body.record.notes.topics).toEqual([]);
    expect(milestone(body, 'thank_you')).toMatchObject({ status: 'scheduled', dueAt: '2025-01-23T16:00:00.000Z', revision: 2 });
  });

  it('keeps milestones already done when re-planning', async () => {
    const { id } = await api.create();
    api.clock.set('2025-01-15T15:00:00Z');
    await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'sent', kind: 'thank_you' } });
    const res = await patch(id, { decisionExpectedBy: '2025-01-31' }, { 'if-match': '"2"' });
    api.clock.set('2025-01-13T12:00:00Z');
    const body = (await res.json()) as Interview;
    expect(milestone(body, 'thank_you')).toMatchObject({ status: 'done', revision: 1 });
    // POLICY: with a promised decision date, the first business day after it (Mon 3 Feb).
    expect(milestone(body, 'follow_up_1')?.dueAt).toBe('2025-02-03T14:00:00.000Z');
  });

  it('names invalid fields of the merged record', async () => {
    const { id } = await api.create();
    const problem = await problemOf(await patch(id, { candidate: { email: 'nope' }, interview: { endsAt: '2025-01-01T00:00:00Z' } }, { 'if-match': '"1"' }));
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['candidate.email', 'interview.endsAt']);
  });

  it('lets exactly one of two concurrent patches on the same version win', async () => {
    const { id } = await api.create();
    const results = await Promise.all(['SRE', 'Staff Engineer'].map((role) => patch(id, { role }, { 'if-match': '"1"' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = (await results.find((r) => r.status === 200)!.json()) as Interview;
    const stored = (await (await api.call('GET', `/v1/interviews/${id}`)).json()) as Interview;
    expect(stored).toMatchObject({ version: 2, record: { role: winner.record.role } });
  });
});

describe('DELETE /v1/interviews/{id}', () => {
  it('erases the interview and frees its externalId', async () => {
    const externalId = unique();
    const { id } = await api.create(sampleRecord({ externalId }));
    expect((await api.call('DELETE', `/v1/interviews/${id}`)).status).toBe(204);
    expect((await api.call('GET', `/v1/interviews/${id}`)).status).toBe(404);
    expect((await api.call('DELETE', `/v1/interviews/${id}`)).status).toBe(404);
    expect((await api.call('POST', '/v1/interviews', { body: sampleRecord({ externalId }) })).status).toBe(201);
  });

  it('does not let another tenant delete it', async () => {
    const { id } = await api.create();
    expect((await api.call('DELETE', `/v1/interviews/${id}`, { as: 'globex' })).status).toBe(404);
    expect((await api.call('GET', `/v1/interviews/${id}`)).status).toBe(200);
  });

  it('answers 412 when If-Match names an old version', async () => {
    const { id } = await api.create();
    expect((await api.call('DELETE', `/v1/interviews/${id}`, { headers: { 'if-match': '"3"' } })).status).toBe(412);
  });
});

describe('POST /v1/interviews/{id}/events', () => {
  const event = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    api.call('POST', `/v1/interviews/${id}/events`, { body, headers });

  it('applies an offer: everything pending cancelled, the offer reply planned', async () => {
    const { id } = await api.create();
    const res = await event(id, { type: 'offer' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const body = (await res.json()) as Interview;
    expect(body.status).toBe('offer_received');
    expect(body.milestones.filter((m) => m.status === 'scheduled').map((m) => m.kind)).toEqual(['offer_reply']);
    expect(milestone(body, 'follow_up_1')?.status).toBe('cancelled');
  });

  it('answers 409 with why for an event the state does not allow', async () => {
    const { id } = await api.create();
    await event(id, { type: 'stop' });
    const problem = await problemOf(await event(id, { type: 'offer' }));
    expect(problem).toMatchObject({ status: 409, type: 'urn:followup:problem:illegal-transition', event: 'offer', why: 'the interview is stopped' });
  });

  it('names the bad fields of an event', async () => {
    const { id } = await api.create();
    const problem = await problemOf(await event(id, { type: 'snooze', kind: 'thank_you', until: '15/01/2025' }));
    expect(problem.errors?.map((e) => e.path)).toEqual(['until']);
    expect((await problemOf(await event(id, { type: 'hired' }))).errors?.[0]?.path).toBe('type');
  });

  it('answers 404 for another tenant’s interview', async () => {
    const { id } = await api.create(sampleRecord(), 'globex');
    expect((await event(id, { type: 'stop' })).status).toBe(404);
  });

  it('with If-Match, lets one of two concurrent events on the same version win (412 for the other)', async () => {
    const { id } = await api.create();
    const results = await Promise.all([{ type: 'offer' }, { type: 'rejection' }].map((e) => event(id, e, { 'if-match': '"1"' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it('without If-Match, applies concurrent events one after the other: nothing is lost', async () => {
    const { id } = await api.create();
    const results = await Promise.all([
      event(id, { type: 'snooze', kind: 'thank_you', until: '2025-01-17' }),
      event(id, { type: 'reply' }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const stored = (await (await api.call('GET', `/v1/interviews/${id}`)).json()) as Interview;
    expect(stored.version).toBe(3);
    expect(milestone(stored, 'thank_you')).toMatchObject({ status: 'scheduled', dueAt: '2025-01-17T14:00:00.000Z' });
    expect(milestone(stored, 'follow_up_1')?.status).toBe('cancelled');
  });
});
