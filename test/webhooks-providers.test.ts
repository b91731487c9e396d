/**
 * Every provider through HTTP, on its published sample signed with a test secret: a valid
 * delivery changes the right interview; a tampered body, a wrong secret, a stale timestamp, a
 * redelivery and a malformed payload change nothing.
 */
import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi, type TestApi } from './support/api.ts';
import { CALENDLY_TOLERANCE_MS, LEVER_TOLERANCE_MS, STANDARD_TOLERANCE_MS, type Provider } from '../packages/functions/src/webhooks/index.ts';
import { edited, sampleJson, TEST_SECRETS } from './support/webhooks/index.ts';
import { deliver, events, interview, post, register, signed, type Endpoint } from './support/webhooks-stack.ts';

const api = useTestApi();
const defaults = { company: 'Acme', role: 'Staff Engineer' };
const DAY_MS = 86_400_000;

interface Case {
  provider: Provider;
  /** The sample, signed as is or lightly edited (a booking moved to the test's week). */
  body: string;
  /** Prepares the interview an ATS event is about; returns its id. */
  prepare?: (api: TestApi) => Promise<string>;
  /** The status the interview has after the valid delivery (bookings: the new one's). */
  after: string;
  /** The sample with a required field removed, and the path of the field the 400 names. */
  malformed: [string, string];
  /** The provider's signed-timestamp tolerance, where it signs one. */
  tolerance?: number;
}

const created = (record: Record<string, unknown>) => async (api: TestApi) => (await api.create(sampleRecord(record))).id;

const CASES: Case[] = [
  {
    provider: 'greenhouse',
    body: edited('greenhouse-reject_candidate.json', () => {}),
    prepare: created({ candidate: { name: 'Hector Porter', email: 'hector.porter.265788@example.com', timeZone: 'America/New_York' } }),
    after: 'rejected',
    malformed: [edited('greenhouse-reject_candidate.json', (b) => delete b.payload.application.id), 'payload.application.id'],
  },
  {
    provider: 'lever',
    body: edited('lever-candidateStageChange.fixed-json.json', () => {}),
    prepare: created({ externalId: '3410c8b9-5c31-4bab-b7e9-9f710206d647' }),
    after: 'advanced',
    malformed: [edited('lever-candidateStageChange.fixed-json.json', (b) => delete b.data.opportunityId), 'data.opportunityId'],
    tolerance: LEVER_TOLERANCE_MS,
  },
  {
    provider: 'ashby',
    body: edited('ashby-candidateStageChange.json', () => {}),
    prepare: created({ candidate: { name: 'Test Candidate', email: 'candidate@example.com', timeZone: 'America/New_York' } }),
    after: 'advanced',
    malformed: [edited('ashby-candidateStageChange.json', (b) => delete b.data.application.id), 'data.application.id'],
  },
  {
    provider: 'calendly',
    body: edited('calendly-invitee.created.json', (b) => {
      Object.assign(b.payload.scheduled_event, { start_time: '2025-01-14T15:00:00Z', end_time: '2025-01-14T16:00:00Z' });
    }),
    after: 'active',
    malformed: [edited('calendly-invitee.created.json', (b) => delete b.payload.email), 'payload.email'],
    tolerance: CALENDLY_TOLERANCE_MS,
  },
  {
    provider: 'calcom',
    body: edited('calcom-BOOKING_CREATED.json', (b) => {
      Object.assign(b.payload, { startTime: '2025-01-14T15:00:00Z', endTime: '2025-01-14T16:00:00Z' });
    }),
    after: 'active',
    malformed: [edited('calcom-BOOKING_CREATED.json', (b) => delete b.payload.uid), 'payload.uid'],
  },
  {
    provider: 'standard',
    body: JSON.stringify({
      type: 'interview.booked',
      timestamp: '2025-01-13T12:00:00Z',
      data: {
        applicationId: 'app_42',
        candidate: { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'Europe/London' },
        interview: { startsAt: '2025-01-14T10:00:00Z' },
      },
    }),
    after: 'active',
    malformed: [JSON.stringify({ type: 'interview.booked', data: { applicationId: 'app_42' } }), 'data.interview'],
    tolerance: STANDARD_TOLERANCE_MS,
  },
];

/** The endpoint's log entries, newest first. */
const logOf = async (endpoint: Endpoint) => (await events(api, 'limit=100')).filter((e) => e.endpointId === endpoint.id);

describe.each(CASES)('$provider', (c) => {
  let endpoint: Endpoint;
  let interviewId: string;
  let version: number;

  /** Nothing changed since the valid delivery: same interview version, same log. */
  async function unchanged(logLength: number) {
    expect((await interview(api, interviewId)).body.version).toBe(version);
    expect(await logOf(endpoint)).toHaveLength(logLength);
  }

  it('applies a valid delivery of the sample to the right interview, answered exactly 200', async () => {
    endpoint = await register(api, c.provider, {
      ...(c.provider === 'lever' && { secret: TEST_SECRETS.lever }),
      ...(!c.prepare && { defaults }),
    });
    const prepared = await c.prepare?.(api);
    const res = await post(api, endpoint, signed(api, endpoint, c.body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ outcome: 'applied' });
    const [entry] = await logOf(endpoint);
    expect(entry).toMatchObject({ provider: c.provider, outcome: 'applied' });
    interviewId = entry!.interviewIds[0];
    if (prepared) expect(interviewId).toBe(prepared);
    const after = await interview(api, interviewId);
    expect(after.body.status).toBe(c.after);
    version = after.body.version;
  });

  it('answers a redelivery 200 and changes nothing, logging it as a duplicate', async () => {
    api.clock.advance(1000);
    const again = await deliver(api, endpoint, c.body);
    expect(again).toEqual({ status: 200, body: { outcome: 'duplicate' } });
    const [duplicate, first] = await logOf(endpoint);
    expect(duplicate).toMatchObject({ outcome: 'duplicate', deliveryId: first!.deliveryId, interviewIds: [interviewId] });
    expect(duplicate!.why).toMatch(/^received before at .* \(applied\)$/);
    await unchanged(2);
  });

  it('refuses a tampered body with 401 and changes nothing', async () => {
    const delivery = signed(api, endpoint, c.body);
    // Lever signs only token + triggeredAt: tampering means a changed token; the rest is the log's job (above).
    const rawBody = c.provider === 'lever' ? delivery.rawBody.replace(/"token":"/, '"token":"x') : `${delivery.rawBody} `;
    const res = await post(api, endpoint, { ...delivery, rawBody });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: 'urn:followup:problem:unauthorized', detail: expect.stringContaining('(bad_signature)') });
    await unchanged(2);
  });

  it('refuses a delivery signed with another secret with 401', async () => {
    const other = c.provider === 'standard' ? 'whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==' : 'another-secret-0123456789';
    const res = await post(api, endpoint, signed(api, endpoint, c.body, { secret: other, id: 'other-id' }));
    expect(res.status).toBe(401);
    await unchanged(2);
  });

  it('refuses an unsigned delivery with 401', async () => {
    const res = await post(api, endpoint, { rawBody: JSON.stringify({ ...JSON.parse(c.body), signature: undefined }), headers: {} });
    expect(res.status).toBe(401);
    await unchanged(2);
  });

  if (c.tolerance) {
    it('refuses a stale signed timestamp with 401', async () => {
      const res = await post(api, endpoint, signed(api, endpoint, c.body, { now: api.clock.now() - c.tolerance! - 1000, id: 'stale-id' }));
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ detail: expect.stringContaining('(stale)') });
      await unchanged(2);
    });
  } else {
    it('signs no timestamp: a replay a day later is recognised by its delivery id, 200 and nothing changes', async () => {
      api.clock.advance(DAY_MS);
      expect(await deliver(api, endpoint, c.body)).toEqual({ status: 200, body: { outcome: 'duplicate' } });
      await unchanged(3);
    });
  }

  it('answers a correctly signed malformed payload 400 naming the field, and logs nothing', async () => {
    const [body, field] = c.malformed;
    const before = (await logOf(endpoint)).length;
    const res = await deliver(api, endpoint, body, { id: 'malformed-id' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'urn:followup:problem:validation-error', status: 400 });
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    await unchanged(before);
  });
});

describe('provider quirks through HTTP', () => {
  it("refuses Cal.com's no-secret-provided as unsigned", async () => {
    const calcom = await register(api, 'calcom', { defaults });
    const res = await post(api, calcom, { rawBody: CASES[4]!.body, headers: { 'X-Cal-Signature-256': 'no-secret-provided' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ detail: expect.stringContaining('(unsigned)') });
  });

  it('verifies the published Standard Webhooks test vector as published (its body is no followup payload: 400, not 401)', async () => {
    const vector = sampleJson<{ secret: string; headers: Record<string, string>; rawBody: string }>('standard-webhooks-test-vector.json');
    const standard = await register(api, 'standard', { secret: vector.secret });
    const saved = api.clock.now();
    api.clock.set(Number(vector.headers['webhook-timestamp']) * 1000);
    try {
      const res = await post(api, standard, { rawBody: vector.rawBody, headers: vector.headers });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ path: 'type', message: 'is required' }] });
    } finally {
      api.clock.set(saved);
    }
  });

  it('acknowledges a Greenhouse ping with 200 and logs it as ignored', async () => {
    const greenhouse = await register(api, 'greenhouse');
    expect(await deliver(api, greenhouse, JSON.stringify({ action: 'ping', payload: { web_hook_id: 1 } }), { id: 'ping-1' })).toEqual({ status: 200, body: { outcome: 'ignored' } });
    expect((await logOf(greenhouse))[0]).toMatchObject({ eventType: 'ping', why: 'the provider checked that the URL answers (ping)' });
  });

  it('answers 404 for an unknown or removed endpoint, and 413 for a delivery over 1 MB', async () => {
    const greenhouse = await register(api, 'greenhouse');
    const big = JSON.stringify({ action: 'ping', pad: 'x'.repeat(1024 * 1024) });
    expect((await post(api, greenhouse, signed(api, greenhouse, big))).status).toBe(413);
    expect((await api.call('DELETE', `/v1/webhook-endpoints/${greenhouse.id}`)).status).toBe(204);
    const res = await post(api, greenhouse, signed(api, greenhouse, JSON.stringify({ action: 'ping' })));
    expect(res.status).toBe(404);
    expect((await post(api, { ...greenhouse, id: 'no-such-endpoint' }, signed(api, greenhouse, '{}'))).status).toBe(404);
  });
});
