import { StoreUnavailable } from '@followup/core/errors';
import { describe, expect, it } from 'vitest';
import { createLog } from './http/log.ts';
import { KEYS, sampleRecord, testApi, useTestApi } from '../../../test/support/api.ts';

const api = useTestApi();

const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toEqual(expect.objectContaining({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) }));
  return body;
};

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate without a key or with an unknown one', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const res = await api.app.request('/v1/interviews', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await problemOf(res)).toMatchObject({ type: 'urn:followup:problem:unauthorized' });
    }
  });

  it('accepts a known key, stored only as its hash', async () => {
    const res = await api.app.request('/v1/interviews', { headers: { authorization: `Bearer ${KEYS.acme}` } });
    expect(res.status).toBe(200);
    expect(await api.deps.apiKeys.tenantOf(KEYS.acme)).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('answers 415 for a body that is not JSON', async () => {
    const res = await api.call('POST', '/v1/interviews', { body: 'role=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await problemOf(res)).toMatchObject({ status: 415 });
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await api.call('POST', '/v1/interviews', { body: '{"role": ' });
    expect(await problemOf(res)).toMatchObject({ status: 400, type: 'urn:followup:problem:malformed-json' });
  });

  it('answers 413 for a body over 64 KB', async () => {
    const res = await api.call('POST', '/v1/interviews', { body: sampleRecord({ role: 'x'.repeat(70_000) }) });
    expect(await problemOf(res)).toMatchObject({ status: 413 });
  });

  it('answers 422 naming `(body)` for JSON that is not an object', async () => {
    const body = await problemOf(await api.call('POST', '/v1/interviews', { body: [] }));
    expect(body.errors).toEqual([{ path: '(body)', message: expect.any(String) }]);
  });
});

describe('errors', () => {
  it('answers unknown routes with a 404 problem', async () => {
    expect(await problemOf(await api.app.request('/v2/nothing'))).toMatchObject({ status: 404, detail: 'no route for GET /v2/nothing' });
  });

  it('answers 500 without the error’s details, and logs it', async () => {
    const lines: string[] = [];
    const log = createLog({ format: 'pretty', level: 'info' }, (line) => lines.push(line));
    const broken = await testApi({ deps: (d) => ({ ...d, log, store: { ...d.store, get: () => Promise.reject(new Error('secret internals')) } }) });
    const res = await broken.call('GET', '/v1/interviews/x');
    const text = await res.clone().text();
    expect(await problemOf(res)).toMatchObject({ status: 500, type: 'urn:followup:problem:internal-error' });
    expect(text).not.toMatch(/secret internals|at .*\.ts/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d GET \/v1\/interviews\/x 500 \d+ms tenant=acme interview=x\n  Error: secret internals\n  +at /);
    await broken.close();
  });

  it('answers 503 with Retry-After when the store is unavailable', async () => {
    const down = await testApi({ deps: (d) => ({ ...d, store: { ...d.store, get: () => Promise.reject(new StoreUnavailable('throttled')) } }) });
    const res = await down.call('GET', '/v1/interviews/x');
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await problemOf(res)).toMatchObject({ status: 503 });
    await down.close();
  });
});

describe('Idempotency-Key', () => {
  const post = (key: string, body: unknown, as: 'acme' | 'globex' = 'acme') =>
    api.call('POST', '/v1/interviews', { as, body, headers: { 'idempotency-key': key } });
  const count = async (as: 'acme' | 'globex', email: string) =>
    ((await (await api.call('GET', `/v1/interviews?candidateEmail=${email}`, { as })).json()) as { items: unknown[] }).items.length;
  const recordFor = (email: string) => sampleRecord({ candidate: { name: 'Idem', email, timeZone: 'Europe/London', country: 'GB' } });

  it('replays the first response for the same key and body, creating one interview', async () => {
    const body = recordFor('replay@example.com');
    const first = await post('key-1', body);
    const again = await post('key-1', body);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await again.json()).toEqual(await first.json());
    expect(await count('acme', 'replay@example.com')).toBe(1);
  });

  it('answers 422 for the same key with another body', async () => {
    await post('key-2', recordFor('first@example.com'));
    expect(await problemOf(await post('key-2', recordFor('second@example.com')))).toMatchObject({ status: 422, type: 'urn:followup:problem:idempotency-key-reused' });
  });

  it('replays a failure too: a 422 stays a 422', async () => {
    const bad = { role: 'no candidate' };
    expect((await post('key-3', bad)).status).toBe(422);
    const again = await post('key-3', bad);
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('keeps keys per tenant', async () => {
    const body = recordFor('tenants@example.com');
    await post('key-4', body, 'acme');
    const other = await post('key-4', body, 'globex');
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('globex', 'tenants@example.com')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const body = recordFor('expiry@example.com');
    await post('key-5', body);
    api.clock.advance(24 * 3_600_000 + 1000);
    const later = await post('key-5', body);
    api.clock.advance(-(24 * 3_600_000 + 1000));
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('acme', 'expiry@example.com')).toBe(2);
  });

  it('applies an event once for a retried key', async () => {
    const { id } = await api.create(recordFor('event@example.com'));
    const send = () => api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'reply' }, headers: { 'idempotency-key': 'key-6' } });
    const [first, second] = [await send(), await send()];
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { version: number }).version).toBe(((await first.json()) as { version: number }).version);
    expect(((await (await api.call('GET', `/v1/interviews/${id}`)).json()) as { version: number }).version).toBe(2);
  });

  it('erases the kept responses with the interview (they hold personal data)', async () => {
    const body = recordFor('erase@example.com');
    const { id } = (await (await post('key-7', body)).json()) as { id: string };
    await api.call('DELETE', `/v1/interviews/${id}`);
    const after = await post('key-7', body);
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(((await after.json()) as { id: string }).id).not.toBe(id);
  });

  it('rejects a key that is not 1 to 255 visible characters', async () => {
    expect(await problemOf(await post('x'.repeat(256), recordFor('long@example.com')))).toMatchObject({ status: 400 });
  });
});
