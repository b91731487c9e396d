/**
 * `/v1/webhook-endpoints` and `/v1/webhook-events` through HTTP, and the stores underneath on
 * dynalite: secrets sealed at rest, claims, leases, listings and their 30 days.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, DynamoWebhookDeliveryStore, DynamoWebhookEndpointStore, ensureTable, ManualClock } from '@followup/core/adapters';
import { SecretBox } from '@followup/core/crypto';
import { ConfigError } from '@followup/core/errors';
import type { DeliveryEntry } from '@followup/core/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type Dynalite } from '../packages/functions/src/local/dynalite.ts';
import { NOW, useTestApi, WEBHOOK_SECRET_KEY } from './support/api.ts';
import { createWebhookStores } from '../packages/functions/src/webhooks/index.ts';
import { register } from './support/webhooks-stack.ts';

const api = useTestApi();

describe('POST /v1/webhook-endpoints', () => {
  it('answers 201 with the absolute URL and a generated secret in the form the provider signs with', async () => {
    const res = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'greenhouse', defaults: { company: 'Acme' } } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({ provider: 'greenhouse', url: `https://followup.test/v1/webhooks/${body.id}`, defaults: { company: 'Acme' } });
    expect(body.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(res.headers.get('location')).toBe(`/v1/webhook-endpoints/${body.id}`);
    expect((await register(api, 'standard')).secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });

  it('keeps a secret the tenant gives, and requires one for Lever, which issues its own', async () => {
    expect((await register(api, 'calendly', { secret: 'calendly-signing-key-123' })).secret).toBe('calendly-signing-key-123');
    const res = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'lever' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).errors).toEqual([{ path: 'secret', message: 'is required: lever issues the secret it signs with; copy it from lever' }]);
  });

  it('refuses an unknown provider, a bad time zone and a Standard Webhooks secret that is not whsec_ base64', async () => {
    const res = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'workday', defaults: { timeZone: 'Mars/Olympus' } } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).errors.map((e: { path: string }) => e.path)).toEqual(['provider', 'defaults.timeZone']);
    const standard = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'standard', secret: 'not base64 at all!!' } });
    expect(standard.status).toBe(422);
  });

  it('refuses an Idempotency-Key: the response carries a secret that must not be kept', async () => {
    const res = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'ashby' }, headers: { 'idempotency-key': 'k-1' } });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/[0-9a-f]{64}/);
  });

  it('needs an API key', async () => {
    expect((await api.call('POST', '/v1/webhook-endpoints', { as: null, body: { provider: 'ashby' } })).status).toBe(401);
  });
});

describe('GET and DELETE /v1/webhook-endpoints', () => {
  it("lists the tenant's endpoints newest first, never with their secrets, in pages", async () => {
    const first = await register(api, 'calcom', {}, 'globex');
    api.clock.advance(1000);
    const second = await register(api, 'calendly', {}, 'globex');
    const page = (await (await api.call('GET', '/v1/webhook-endpoints?limit=1', { as: 'globex' })).json()) as any;
    expect(page.items).toEqual([{ id: second.id, provider: 'calendly', url: second.url, defaults: {}, createdAt: expect.any(String) }]);
    const next = (await (await api.call('GET', `/v1/webhook-endpoints?limit=1&cursor=${page.nextCursor}`, { as: 'globex' })).json()) as any;
    expect(next.items.map((e: { id: string }) => e.id)).toEqual([first.id]);
    expect(JSON.stringify([page, next])).not.toContain(first.secret);
  });

  it("removes an endpoint for its tenant only: another tenant's id is a 404", async () => {
    const endpoint = await register(api, 'ashby');
    expect((await api.call('DELETE', `/v1/webhook-endpoints/${endpoint.id}`, { as: 'globex' })).status).toBe(404);
    expect((await api.call('DELETE', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(204);
    expect((await api.call('DELETE', `/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
  });
});

describe('GET /v1/webhook-events', () => {
  it('refuses an unknown status and a cursor it did not issue', async () => {
    expect((await api.call('GET', '/v1/webhook-events?status=lost')).status).toBe(422);
    expect((await api.call('GET', '/v1/webhook-events?cursor=bogus')).status).toBe(422);
  });
});

describe('the webhook stores on dynalite', () => {
  let db: Dynalite;
  const client = () => createDynamoClient({ region: 'us-east-1', endpoint: db.endpoint });
  let clock: ManualClock;
  let endpoints: DynamoWebhookEndpointStore;
  let log: DynamoWebhookDeliveryStore;

  beforeAll(async () => {
    db = await startDynalite({});
    await ensureTable(client(), 'stores');
    clock = new ManualClock(NOW);
    endpoints = new DynamoWebhookEndpointStore(client(), 'stores', new SecretBox(WEBHOOK_SECRET_KEY), clock);
    log = new DynamoWebhookDeliveryStore(client(), 'stores', clock);
  });
  afterAll(() => db.close());

  it('builds without FOLLOWUP_WEBHOOK_SECRET_KEY (the functions that receive no webhooks), refusing any use of the endpoints', async () => {
    const { endpoints: unkeyed } = createWebhookStores(client(), 'stores', undefined, clock);
    await expect(unkeyed.get('ep-1')).rejects.toThrow(ConfigError);
  });

  it('keeps the secret sealed at rest, bound to its endpoint', async () => {
    await endpoints.create({ id: 'ep-1', tenant: 'acme', provider: 'greenhouse', secret: 'the-plain-secret-0123', defaults: {}, createdAt: NOW });
    const { Item } = await client().send(new GetItemCommand({ TableName: 'stores', Key: { pk: { S: 'webhook-endpoint#ep-1' } } }));
    expect(JSON.stringify(Item)).not.toContain('the-plain-secret');
    expect(Item!.secret!.S).toMatch(/^v1\./);
    expect((await endpoints.get('ep-1'))?.secret).toBe('the-plain-secret-0123');
    const other = new DynamoWebhookEndpointStore(client(), 'stores', new SecretBox('another-key-0123456789abcdef0123456789'), clock);
    await expect(other.get('ep-1')).rejects.toThrow(/does not open/);
  });

  const entry = (id: string, deliveryId = 'd-1'): DeliveryEntry => ({
    id, tenant: 'acme', endpointId: 'ep-1', provider: 'greenhouse', deliveryId, eventType: 'ping', outcome: 'processing', interviewIds: [], receivedAt: new Date(clock.now()).toISOString(),
  });

  it('claims a delivery id once; a claim left processing is taken over after its one-minute lease', async () => {
    expect(await log.claim(entry('a'))).toBeUndefined();
    expect(await log.claim(entry('b'))).toMatchObject({ id: 'a', outcome: 'processing' });
    clock.advance(61_000);
    expect(await log.claim(entry('c'))).toBeUndefined();
    await log.release(entry('a')); // not a's claim any more: left alone
    expect(await log.claim(entry('d'))).toMatchObject({ id: 'c' });
    await log.settle({ ...entry('c'), outcome: 'applied', interviewIds: ['iv-1', 'iv-2'], why: 'done' });
    clock.advance(61_000);
    expect(await log.claim(entry('e'))).toMatchObject({ id: 'c', outcome: 'applied' });
  });

  it('lists a delivery under each interview it touched, and forgets it after 30 days', async () => {
    expect((await log.list('acme', { interviewId: 'iv-2', limit: 10 })).items.map((e) => e.id)).toEqual(['c']);
    expect((await log.list('acme', { interviewId: 'iv-1', outcome: 'applied', limit: 10 })).items.map((e) => e.id)).toEqual(['c']);
    expect((await log.list('acme', { outcome: 'applied', limit: 10 })).items).toHaveLength(1);
    expect((await log.list('globex', { limit: 10 })).items).toEqual([]);
    clock.advance(30 * 86_400_000);
    expect((await log.list('acme', { limit: 10 })).items).toEqual([]);
    expect(await log.claim(entry('f'))).toBeUndefined();
  });
});
