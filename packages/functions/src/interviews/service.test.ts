import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

describe('events that change the record', () => {
  it('keep a moved interview moved through a later merge patch', async () => {
    const created = await api.create();
    const moved = await api.call('POST', `/v1/interviews/${created.id}/events`, { body: { type: 'interview_moved', startsAt: '2025-01-16T10:00:00-05:00' } });
    expect(moved.status).toBe(200);
    const { version } = (await moved.json()) as { version: number };
    const patched = await api.call('PATCH', `/v1/interviews/${created.id}`, { body: { role: 'Staff Platform Engineer' }, headers: { 'if-match': `"${version}"` } });
    expect(patched.status).toBe(200);
    const body = (await patched.json()) as { record: { role: string; interview: { startsAt: string } } };
    expect(body.record.role).toBe('Staff Platform Engineer');
    expect(Date.parse(body.record.interview.startsAt)).toBe(Date.parse('2025-01-16T10:00:00-05:00'));
  });

  it('keep a decision date a reply brought through a later merge patch', async () => {
    const created = await api.create();
    const replied = await api.call('POST', `/v1/interviews/${created.id}/events`, { body: { type: 'reply', decisionExpectedBy: '2025-01-31' } });
    const { version } = (await replied.json()) as { version: number };
    const patched = await api.call('PATCH', `/v1/interviews/${created.id}`, { body: { role: 'SRE' }, headers: { 'if-match': `"${version}"` } });
    expect(((await patched.json()) as { record: { decisionExpectedBy: string } }).record.decisionExpectedBy).toBe('2025-01-31');
  });
});
