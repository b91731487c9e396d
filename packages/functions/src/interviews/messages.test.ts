import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();
type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
const problemOf = async (res: Response) => (await res.json()) as Problem;

describe('messages a person reads', () => {
  it('count fields in the singular and the plural', async () => {
    const one = await problemOf(await api.call('POST', '/v1/interviews', { body: sampleRecord({ role: '' }) }));
    expect(one.detail).toMatch(/^1 invalid field: /);
    const two = await problemOf(await api.call('POST', '/v1/interviews', { body: sampleRecord({ role: '', candidate: { name: 'A', email: 'nope', timeZone: 'America/New_York' } }) }));
    expect(two.detail).toMatch(/^2 invalid fields: /);
  });

  it('accept an unquoted If-Match, and say how to quote one that is not a version', async () => {
    const { id } = await api.create();
    const patched = await api.call('PATCH', `/v1/interviews/${id}`, { body: { role: 'SRE' }, headers: { 'if-match': '1' } });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');
    const stale = await api.call('PATCH', `/v1/interviews/${id}`, { body: { role: 'SRE' }, headers: { 'if-match': '1' } });
    expect(stale.status).toBe(412);
    const bad = await api.call('PATCH', `/v1/interviews/${id}`, { body: { role: 'SRE' }, headers: { 'if-match': 'version-2' } });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).detail).toBe('If-Match must be the ETag, the version in double quotes, e.g. If-Match: "3" (got version-2)');
  });

  it('say a missing field "is required", and a wrong one what is wrong', async () => {
    const { id } = await api.create();
    const missing = await problemOf(await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'snooze', kind: 'thank_you' } }));
    expect(missing.errors).toEqual([{ path: 'until', message: 'is required' }]);
    expect(missing.detail).toBe('1 invalid field: until: is required');
    const wrong = await problemOf(await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'snooze', kind: 'thank_you', until: '15/01/2025' } }));
    expect(wrong.errors?.[0]?.message).not.toBe('is required');
  });
});
