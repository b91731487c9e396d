import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

describe('GET /v1/interviews/{id}/calendar.ics', () => {
  it('returns one UTC event per milestone still on the plan', async () => {
    const created = (await api.create()) as unknown as { id: string; milestones: { status: string }[] };
    const res = await api.call('GET', `/v1/interviews/${created.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(created.milestones.filter((m) => m.status === 'scheduled').length);
    expect(ics).toContain(`UID:${created.id}-thank_you@followup`);
    expect(ics).toContain('DTSTART:20250116T160000Z');
  });

  it('leaves cancelled milestones off and keeps the calendar valid when nothing is left', async () => {
    const { id } = await api.create();
    await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'withdrawn' } });
    const ics = await (await api.call('GET', `/v1/interviews/${id}/calendar.ics`)).text();
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics).toContain('END:VCALENDAR');
  });

  it('answers 404 for another tenant', async () => {
    const { id } = await api.create();
    expect((await api.call('GET', `/v1/interviews/${id}/calendar.ics`, { as: 'globex' })).status).toBe(404);
  });
});
