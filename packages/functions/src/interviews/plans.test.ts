import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

type Plan = { milestones: { kind: string; status: string; skipReason?: string; dueAt: string }[] };
const preview = async (query: string, body: unknown) => api.call('POST', `/v1/plans/preview${query}`, { body });

describe('POST /v1/plans/preview', () => {
  it('returns the plan of a record and stores nothing', async () => {
    const res = await preview('', sampleRecord({ candidate: { name: 'P', email: 'preview@example.com', timeZone: 'America/New_York' } }));
    expect(res.status).toBe(200);
    const { milestones } = (await res.json()) as Plan;
    expect(milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'scheduled', dueAt: '2025-01-16T16:00:00.000Z' });
    const listed = (await (await api.call('GET', '/v1/interviews?candidateEmail=preview@example.com')).json()) as { items: unknown[] };
    expect(listed.items).toEqual([]);
  });

  it('plans as of ?now= for a what-if: a week late, the thank-you is skipped', async () => {
    const { milestones } = (await (await preview('?now=2025-01-21T12:00:00Z', sampleRecord())).json()) as Plan;
    expect(milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'skipped', skipReason: 'too_late' });
  });

  it('names a bad ?now= and bad record fields', async () => {
    const bad = await preview('?now=yesterday', sampleRecord());
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['now']);
    const record = await preview('', sampleRecord({ role: '' }));
    expect(((await record.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['role']);
  });
});
