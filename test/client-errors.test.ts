/**
 * Issue 11, item 5: a client's error is a 4xx, never a 5xx. Before: a deep merge patch answered
 * 500 (stack overflow), a hand-made cursor and a 2,100-character webhook endpoint id 503 with
 * Retry-After (so clients retried for ever).
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, DynamoInterviewStore, ensureTable, ManualClock } from '@followup/core/adapters';
import { NotFound, StoreUnavailable, ValidationError } from '@followup/core/errors';
import { describe, expect, it } from 'vitest';
import { translate } from '../packages/core/src/adapters/dynamo/errors.ts';
import { startDynalite } from '../packages/functions/src/local/dynalite.ts';
import { NOW, useTestApi } from './support/api.ts';

const api = useTestApi();
type Problem = { status: number; errors?: { path: string; message: string }[] };
const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as Problem;
};
/** A cursor as they used to be: base64 JSON, unsigned, with the right scope. */
const handMade = (scope: string, after: Record<string, string>) => Buffer.from(JSON.stringify({ scope, after })).toString('base64url');

describe('a merge patch nested 5,000 deep', () => {
  it('is a 422 on (body), not a 500', async () => {
    const created = await api.create();
    let body = '1';
    for (let i = 0; i < 5_000; i++) body = `{"a":${body}}`;
    const res = await api.call('PATCH', `/v1/interviews/${created.id}`, { body: `{"company":${body}}`, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors).toEqual([{ path: '(body)', message: 'must not nest more than 32 levels deep' }]);
  });
});

describe('cursors', () => {
  it('refuse a hand-made cursor for the right listing with a 422 on cursor, not a 503', async () => {
    for (const after of [{ pk: 'x' }, { pk: 'interview#x', tpk: 'tenant#acme', tsk: 'zzz' }] as Record<string, string>[]) {
      const res = await api.call('GET', `/v1/interviews?cursor=${handMade('byTenant|tenant#acme|', after)}`);
      expect(res.status).toBe(422);
      expect((await problemOf(res)).errors).toEqual([{ path: 'cursor', message: 'is not a cursor this listing issued' }]);
    }
  });

  it('refuse an issued cursor whose position was altered, and one another tenant was issued', async () => {
    for (let i = 0; i < 3; i++) await api.create();
    const { nextCursor } = (await (await api.call('GET', '/v1/interviews?limit=1')).json()) as { nextCursor: string };
    expect((await api.call('GET', `/v1/interviews?limit=1&cursor=${nextCursor}`)).status).toBe(200);
    const [body, signature] = nextCursor.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString());
    payload.after.tsk = '9999';
    const altered = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    expect((await problemOf(await api.call('GET', `/v1/interviews?cursor=${altered}`))).errors?.[0]?.path).toBe('cursor');
    expect((await api.call('GET', `/v1/interviews?cursor=${nextCursor}`, { as: 'globex' })).status).toBe(422);
  });

  it('refuse a hand-made webhook-events cursor with a 422', async () => {
    const res = await api.call('GET', `/v1/webhook-events?cursor=${handMade('byTenant|webhook-events#acme|', { pk: 'x' })}`);
    expect(res.status).toBe(422);
  });
});

describe('over-long ids', () => {
  const long = 'x'.repeat(2_100);

  it('answer 404 for a webhook endpoint id of 2,100 characters (unauthenticated), not 503', async () => {
    const res = await api.call('POST', `/v1/webhooks/${long}`, { as: null, body: { type: 'interview.booked' } });
    expect(res.status).toBe(404);
  });

  it('answer 404 or 422 for an interview id of 2,100 characters', async () => {
    for (const method of ['GET', 'DELETE']) {
      expect([404, 422]).toContain((await api.call(method, `/v1/interviews/${long}`)).status);
    }
  });
});

describe('a DynamoDB ValidationException', () => {
  it('is a ValidationError (422), never "store unavailable"', () => {
    const error = Object.assign(new Error('One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes'), { name: 'ValidationException' });
    expect(translate(error)).toBeInstanceOf(ValidationError);
    expect(translate(error)).not.toBeInstanceOf(StoreUnavailable);
    expect(translate(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' }))).toBeInstanceOf(StoreUnavailable);
  });

  it('is never reached by a store read of an id too long for a key: the store answers NotFound', async () => {
    const db = await startDynalite({});
    const client = createDynamoClient({ region: 'us-east-1', endpoint: db.endpoint });
    try {
      await ensureTable(client, 'client-errors');
      const store = new DynamoInterviewStore({ client, tableName: 'client-errors', clock: new ManualClock(NOW), retentionDays: 180, dueShards: 1, cursorKey: 'test-cursor-key-0123456789abcdef' });
      await expect(store.get('acme', 'x'.repeat(3_000))).rejects.toBeInstanceOf(NotFound);
      // What the store would otherwise have been asked (dynalite, like DynamoDB, refuses the key):
      const refused = await client.send(new GetItemCommand({ TableName: 'client-errors', Key: { pk: { S: `interview#${'x'.repeat(3_000)}` } } })).catch((e: Error) => e);
      expect((refused as Error).name).toBe('ValidationException');
    } finally {
      client.destroy();
      await db.close();
    }
  });
});
