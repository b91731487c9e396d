import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

type Draft = { kind: string; channel: string; to?: { name: string; email?: string }; subject?: string; body: string; findings: { rule: string }[] };

describe('GET /v1/interviews/{id}/milestones/{kind}/draft', () => {
  it('writes the milestone’s draft to the contact, naming the role and a topic, with its findings', async () => {
    const { id } = await api.create();
    const res = await api.call('GET', `/v1/interviews/${id}/milestones/thank_you/draft`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Draft;
    expect(body).toMatchObject({ kind: 'thank_you', channel: 'email', to: { name: 'Bo Chen', email: 'bo@acme.example' } });
    expect(body.subject).toContain('Platform Engineer');
    expect(body.body).toContain('event sourcing');
    expect(body.findings).toEqual(expect.any(Array));
  });

  it('answers 409 naming why when the record cannot carry the draft', async () => {
    const { id } = await api.create();
    const res = await api.call('GET', `/v1/interviews/${id}/milestones/linkedin_connect/draft`);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: 'urn:followup:problem:draft-not-available', kind: 'linkedin_connect', why: expect.any(String) });
  });

  it('writes a correction from ?wrong= and ?right=', async () => {
    const { id } = await api.create();
    const res = await api.call('GET', `/v1/interviews/${id}/milestones/correction/draft?wrong=Tuesday&right=Wednesday&previousKind=thank_you`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Draft).body).toContain('Wednesday');
  });

  it('names an unknown kind, and hides other tenants’ interviews', async () => {
    const { id } = await api.create(sampleRecord(), 'globex');
    const bad = await api.call('GET', `/v1/interviews/${id}/milestones/party/draft`);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['kind']);
    expect((await api.call('GET', `/v1/interviews/${id}/milestones/thank_you/draft`)).status).toBe(404);
  });
});
