import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from '../../../../test/support/api.ts';
import { planCalendar } from './calendar.ts';
import { fold } from './ical.ts';

const api = useTestApi();

type Milestone = { kind: string; status: string; revision: number };

/** Parsed by ical.js, an independent parser: it throws on what is not iCalendar. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid') as string,
    status: e.getFirstPropertyValue('status') as string,
    sequence: Number(e.getFirstPropertyValue('sequence')),
    summary: e.getFirstPropertyValue('summary') as string,
    start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
  }));
  return { calendar, events };
}

const octets = (text: string) => text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'));

describe('GET /v1/interviews/{id}/calendar.ics', () => {
  it('returns one UTC event per milestone, which an independent parser reads', async () => {
    const created = (await api.create()) as unknown as { id: string; milestones: Milestone[] };
    const res = await api.call('GET', `/v1/interviews/${created.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(created.milestones.filter((m) => m.status !== 'skipped').length);
    expect(events.find((e) => e.uid === `${created.id}-thank_you@followup`)).toMatchObject({ status: 'CONFIRMED', start: '2025-01-16T16:00:00.000Z' });
    expect(text).toContain('DTSTART:20250116T160000Z');
  });

  it('keeps cancelled milestones, as CANCELLED with a higher SEQUENCE, and stays valid when everything is cancelled', async () => {
    const { id } = await api.create();
    const before = parse(await (await api.call('GET', `/v1/interviews/${id}/calendar.ics`)).text()).events;
    await api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'withdrawn' } });
    const after = parse(await (await api.call('GET', `/v1/interviews/${id}/calendar.ics`)).text()).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    for (const event of after) {
      expect(event.status).toBe('CANCELLED');
      expect(event.sequence).toBeGreaterThan(before.find((e) => e.uid === event.uid)!.sequence);
    }
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', async () => {
    const role = 'Ingénieure Plateforme Données — équipe Zürich, 東京とサンパウロ, “streaming” ';
    const { id } = await api.create(sampleRecord({ role, company: { name: 'Société Générale d’Ingénierie Numérique', country: 'FR' } }));
    const text = await (await api.call('GET', `/v1/interviews/${id}/calendar.ics`)).text();
    expect(Math.max(...octets(text))).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const { events } = parse(text);
    expect(events[0]!.summary).toContain(role.trim().slice(0, 20));
    expect(events[0]!.summary).toContain('東京とサンパウロ');
  });

  it('is still a valid calendar with a component when the plan has no milestone at all', async () => {
    const { id } = await api.create();
    const stored = await api.deps.store.get('acme', id);
    const text = planCalendar({ ...stored, state: { ...stored.state, milestones: [] } });
    const { calendar, events } = parse(text);
    expect(events).toEqual([]);
    expect(calendar.getAllSubcomponents().length).toBe(1);
  });

  it('answers 404 for another tenant', async () => {
    const { id } = await api.create();
    expect((await api.call('GET', `/v1/interviews/${id}/calendar.ics`, { as: 'globex' })).status).toBe(404);
  });
});

describe('fold', () => {
  it('keeps each physical line within 75 octets, continuations starting with a space', () => {
    const folded = fold(`SUMMARY:${'é'.repeat(100)}`);
    expect(octets(folded).every((n) => n <= 75)).toBe(true);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
    expect(fold('SHORT:x')).toBe('SHORT:x');
  });
});

describe('a subscribable feed', () => {
  const feedUrl = async (id: string, query = '') => {
    const res = await api.call('GET', `/v1/interviews/${id}/calendar-feed${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { url: string; expiresAt: string };
  };
  const fetchFeed = (url: string) => api.app.request(url.replace('https://followup.test', ''));

  it('gives a signed URL that serves the calendar without an API key', async () => {
    const { id } = await api.create();
    const { url, expiresAt } = await feedUrl(id);
    expect(url).toMatch(/^https:\/\/followup\.test\/feeds\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.ics$/);
    expect(Date.parse(expiresAt) - api.clock.now()).toBe(90 * 86_400_000);
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    const { calendar, events } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('refresh-interval')).toBeTruthy();
    expect(events.length).toBeGreaterThan(0);
  });

  it('stops at its expiry, for a forged token, and once the interview is deleted: one 404 for all', async () => {
    const { id } = await api.create();
    const { url } = await feedUrl(id, '?days=1');
    const [, token] = /\/feeds\/(.+)\.ics$/.exec(url)!;
    const [payload, signature] = token!.split('.');
    expect((await fetchFeed(url.replace(signature!, `${signature!.slice(0, -2)}AA`))).status).toBe(404);
    expect((await fetchFeed(url.replace(payload!, Buffer.from(JSON.stringify({ p: 'feed', t: 'globex', i: id, e: 9e12 })).toString('base64url')))).status).toBe(404);
    api.clock.advance(86_400_000);
    expect((await fetchFeed(url)).status).toBe(404);
    api.clock.advance(-86_400_000);
    expect((await fetchFeed(url)).status).toBe(200);
    expect((await api.call('DELETE', `/v1/interviews/${id}`)).status).toBe(204);
    const gone = await fetchFeed(url);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ detail: expect.stringContaining('not valid or has expired') });
  });

  it('is only given to the interview’s tenant', async () => {
    const { id } = await api.create();
    expect((await api.call('GET', `/v1/interviews/${id}/calendar-feed`, { as: 'globex' })).status).toBe(404);
    expect((await api.call('GET', `/v1/interviews/${id}/calendar-feed`, { as: null })).status).toBe(401);
  });
});
