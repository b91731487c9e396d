import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../../../test/support/api.ts';
import { patternOf } from './methods.ts';

const api = useTestApi();

describe('a wrong method on a known path', () => {
  it('answers 405 with Allow, as a problem, before asking for a key', async () => {
    const res = await api.call('PUT', '/v1/interviews/abc', { as: null, body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 405, type: 'urn:followup:problem:method-not-allowed', detail: 'PUT is not allowed here; this path answers GET, HEAD, PATCH, DELETE, OPTIONS' });
  });

  it('names POST for the collection, the receiver and the events, and GET for the calendar', async () => {
    expect((await api.call('DELETE', '/v1/interviews')).headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await api.call('GET', '/v1/webhooks/ep_1')).headers.get('allow')).toBe('POST, OPTIONS');
    expect((await api.call('GET', '/v1/interviews/abc/events')).status).toBe(405);
    expect((await api.call('POST', '/v1/interviews/abc/calendar.ics', { body: {} })).status).toBe(405);
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    const res = await api.call('OPTIONS', '/v1/plans/preview');
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('leaves unknown paths to 404 and right methods to their routes', async () => {
    expect((await api.call('GET', '/v1/nothing')).status).toBe(404);
    expect((await api.call('GET', '/v1/interviews/abc')).status).toBe(404);
  });
});

describe('patternOf', () => {
  it('turns Hono paths into anchored patterns, parameters matching one segment', () => {
    expect(patternOf('/v1/interviews/:id/calendar.ics').test('/v1/interviews/42/calendar.ics')).toBe(true);
    expect(patternOf('/v1/interviews/:id/calendar.ics').test('/v1/interviews/42/calendarXics')).toBe(false);
    expect(patternOf('/v1/interviews/:id').test('/v1/interviews/42/events')).toBe(false);
    expect(patternOf('/feeds/:file{[^/]+\\.ics}').test('/feeds/abc.ics')).toBe(true);
  });
});
