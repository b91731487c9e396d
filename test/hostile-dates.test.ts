/**
 * Dates no real interview has are refused at the door with a 422 naming the field, quickly:
 * before, "decisionExpectedBy": "9999-12-31" (or a preview at year 9999) never answered.
 */
import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from './support/api.ts';

const api = useTestApi();

async function fieldsOf(res: Response): Promise<string[]> {
  expect(res.status).toBe(422);
  return ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
}

describe('far dates', () => {
  it('refuses a decision date in year 9999 on create, naming it, within a second', async () => {
    const started = performance.now();
    const res = await api.call('POST', '/v1/interviews', { body: sampleRecord({ decisionExpectedBy: '9999-12-31' }) });
    expect(await fieldsOf(res)).toContain('decisionExpectedBy');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a preview at now=9999-12-31 for a Japanese company, naming now', async () => {
    const record = sampleRecord({ company: { name: 'Sora KK', country: 'JP' }, candidate: { name: 'Aiko', email: 'aiko@example.com', timeZone: 'Asia/Tokyo' } });
    const res = await api.call('POST', '/v1/plans/preview?now=9999-12-31T23:59:59Z', { body: record });
    expect(await fieldsOf(res)).toContain('now');
  });

  it('refuses an interview decades away and a snooze years after the interview', async () => {
    expect(await fieldsOf(await api.call('POST', '/v1/interviews', { body: sampleRecord({ interview: { startsAt: '2090-01-14T10:00:00-05:00' } }) }))).toContain('interview.startsAt');
    const { id } = await api.create();
    const res = await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'snooze', kind: 'follow_up_1', until: '2031-01-01' } });
    expect(await fieldsOf(res)).toContain('until');
  });
});
