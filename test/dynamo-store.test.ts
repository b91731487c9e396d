/**
 * The DynamoDB adapter against a real dynalite, started here on a free port and stopped after.
 */
import { DescribeTableCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, DynamoIdempotencyStore, DynamoInterviewStore, ensureTable, ManualClock } from '@followup/core/adapters';
import { DuplicateExternalId, NotFound, VersionConflict } from '@followup/core/errors';
import { apply, start, type InterviewState } from '@followup/core/lifecycle';
import type { StoredInterview } from '@followup/core/ports';
import { parseRecord } from '@followup/core/record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type Dynalite } from '../packages/functions/src/local/dynalite.ts';
import { NOW, sampleRecord } from './support/api.ts';

const TABLE = 'store-test';
let db: Dynalite;
let client: DynamoDBClient;
let clock: ManualClock;
let store: DynamoInterviewStore;
const sent: string[] = [];

beforeAll(async () => {
  db = await startDynalite({ port: 0 });
  client = createDynamoClient({ region: 'us-east-1', endpoint: db.endpoint });
  client.middlewareStack.add((next, context) => (args) => {
    sent.push(context.commandName ?? '');
    return next(args);
  }, { step: 'initialize' });
  await ensureTable(client, TABLE);
  clock = new ManualClock(NOW);
  store = new DynamoInterviewStore({ client, tableName: TABLE, clock, retentionDays: 180, dueShards: 4, cursorKey: 'test-cursor-key-0123456789abcdef' });
});
afterAll(async () => {
  client.destroy();
  await db.close();
});

let counter = 0;
function newInterview(overrides: Record<string, unknown> = {}, tenant = 'acme') {
  const input = sampleRecord(overrides);
  const [state] = start(parseRecord(input), { now: clock.now() });
  return { id: `int-${++counter}`, tenant, input, state };
}
const rawItem = async (pk: string) => (await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item;
const ended = (state: InterviewState) => apply(state, { type: 'stop' }, { now: clock.now() })[0];

describe('the table', () => {
  it('has the key, the three listing indexes and the due-time index; creating it again changes nothing', async () => {
    await ensureTable(client, TABLE);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.KeySchema).toEqual([{ AttributeName: 'pk', KeyType: 'HASH' }]);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['byDue', 'byEmail', 'byStatus', 'byTenant']);
  });
});

describe('DynamoInterviewStore', () => {
  it('stores an interview as one item and reads it back whole, milestones in policy order', async () => {
    const interview = newInterview();
    const created = await store.create(interview);
    expect(created).toMatchObject({ id: interview.id, tenant: 'acme', version: 1, createdAt: '2025-01-13T12:00:00.000Z' });
    expect(await store.get('acme', interview.id)).toEqual(created);
    expect((await store.get('acme', interview.id)).state).toEqual(interview.state);
  });

  it('answers NotFound for another tenant', async () => {
    const { id } = await store.create(newInterview());
    await expect(store.get('globex', id)).rejects.toThrow(NotFound);
  });

  it('writes only on the version it read: a stale update is a VersionConflict, and nothing changes', async () => {
    const created = await store.create(newInterview());
    const next = await store.update(created, { state: ended(created.state) });
    expect(next.version).toBe(2);
    await expect(store.update(created, { state: created.state })).rejects.toThrow(VersionConflict);
    expect((await store.get('acme', created.id)).state.status).toBe('stopped');
  });

  it('lets exactly one of many concurrent writers of the same version win', async () => {
    const created = await store.create(newInterview());
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => store.update(created, { state: ended(created.state) })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual(
      Array.from({ length: 4 }, () => expect.any(VersionConflict)),
    );
  });

  it('answers NotFound when the interview was erased under a writer', async () => {
    const created = await store.create(newInterview());
    await store.erase(created);
    await expect(store.update(created, { state: created.state })).rejects.toThrow(NotFound);
  });

  describe('externalId', () => {
    it('is unique per tenant, naming the holder', async () => {
      const first = await store.create(newInterview({ externalId: 'x-1' }));
      const error = await store.create(newInterview({ externalId: 'x-1' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateExternalId);
      expect(error).toMatchObject({ externalId: 'x-1', existingId: first.id });
      await expect(store.create(newInterview({ externalId: 'x-1' }, 'globex'))).resolves.toMatchObject({ tenant: 'globex' });
    });

    it('takes over a claim whose interview was never written', async () => {
      await client.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: 'external#acme#x-orphan' }, interviewId: { S: 'never-written' } } }));
      const created = await store.create(newInterview({ externalId: 'x-orphan' }));
      expect((await rawItem('external#acme#x-orphan'))?.interviewId?.S).toBe(created.id);
    });

    it('moves with a changed record and is released on erase', async () => {
      const created = await store.create(newInterview({ externalId: 'x-old' }));
      const input = sampleRecord({ externalId: 'x-new' });
      const moved = await store.update(created, { input, state: { ...created.state, record: parseRecord(input) } });
      expect(await rawItem('external#acme#x-old')).toBeUndefined();
      expect((await rawItem('external#acme#x-new'))?.interviewId?.S).toBe(created.id);
      await store.erase(moved);
      expect(await rawItem('external#acme#x-new')).toBeUndefined();
    });
  });

  describe('listing', () => {
    it('never scans', async () => {
      await store.list('acme', { limit: 5 });
      await store.list('acme', { limit: 5, status: 'active' });
      await store.list('acme', { limit: 5, candidateEmail: 'ann@example.com', status: 'active' });
      await store.listDue(clock.now(), 10);
      expect(sent).not.toContain('ScanCommand');
      expect(sent).toContain('QueryCommand');
    });
  });

  describe('the due-time index', () => {
    it('lists interviews whose next scheduled milestone is due, soonest first, across shards, and drops ended ones', async () => {
      const due = new DynamoInterviewStore({ client, tableName: TABLE, clock, retentionDays: 180, dueShards: 4, cursorKey: 'test-cursor-key-0123456789abcdef' });
      const later = await due.create(newInterview({ interview: { startsAt: '2031-03-04T10:00:00-05:00' } }));
      const sooner = await due.create(newInterview({ interview: { startsAt: '2031-03-03T10:00:00-05:00' } }));
      const stopped = await due.create(newInterview({ interview: { startsAt: '2031-03-03T11:00:00-05:00' } }));
      await due.update(stopped, { state: ended(stopped.state) });
      // Thank-you notes 48 h after each interview ended; follow-ups a week on.
      const window = (await due.listDue(Date.parse('2031-03-07T00:00:00Z'), 100)).filter((d) => d.dueAt >= '2031');
      expect(window).toEqual([
        { id: sooner.id, tenant: 'acme', dueAt: '2031-03-05T16:00:00.000Z' },
        { id: later.id, tenant: 'acme', dueAt: '2031-03-06T16:00:00.000Z' },
      ]);
      expect((await due.listDue(Date.parse('2031-03-05T16:00:00Z'), 100)).map((d) => d.id)).toContain(sooner.id);
      expect((await rawItem(`interview#${stopped.id}`))?.duePk).toBeUndefined();
    });

    it('never lets a page of far-future rows from one tenant hide a due one from another (one shard, 1,010 poisoned rows)', async () => {
      const table = 'store-poisoned';
      await ensureTable(client, table);
      const one = new DynamoInterviewStore({ client, tableName: table, clock, retentionDays: 180, dueShards: 1, cursorKey: 'test-cursor-key-0123456789abcdef' });
      // The furthest a record may now be: an interview within three years (the far-future attack wrote year 10000, which sorted first).
      const far = newInterview({ interview: { startsAt: '2027-12-30T10:00:00-05:00' } }, 'mallory');
      for (let batch = 0; batch < 1010; batch += 101) {
        await Promise.all(Array.from({ length: 101 }, () => one.create({ ...far, id: `far-${++counter}` })));
      }
      const victim = await one.create(newInterview({}, 'globex'));
      const dueAt = Date.parse(victim.state.milestones.find((m) => m.kind === 'thank_you')!.dueAt);
      const page = await one.listDue(dueAt, 1000);
      expect(page.map((d) => d.id)).toEqual([victim.id]);
    }, 60_000);

    it('re-lists every pending interview from its item, leaving versions as they were', async () => {
      const table = 'store-reindex';
      await ensureTable(client, table);
      const store2 = new DynamoInterviewStore({ client, tableName: table, clock, retentionDays: 180, dueShards: 2, cursorKey: 'test-cursor-key-0123456789abcdef' });
      const pending = await Promise.all(Array.from({ length: 5 }, () => store2.create(newInterview())));
      const stopped = await store2.create(newInterview());
      await store2.update(stopped, { state: ended(stopped.state) });
      let rewritten = 0;
      let cursor: string | undefined;
      do {
        const step = await store2.reindexDue(cursor);
        rewritten += step.rewritten;
        cursor = step.nextCursor;
      } while (cursor);
      expect(rewritten).toBe(5);
      for (const p of pending) expect((await store2.get('acme', p.id)).version).toBe(1);
    });
  });

  describe('retention', () => {
    it('gives a closed interview a TTL 180 days on and treats it as gone once it passes', async () => {
      const created = await store.create(newInterview({ candidate: { name: 'Old', email: 'old@example.com', timeZone: 'UTC' } }));
      expect((await rawItem(`interview#${created.id}`))?.expiresAt).toBeUndefined();
      await store.update(created, { state: ended(created.state) });
      expect((await rawItem(`interview#${created.id}`))?.expiresAt?.N).toBe(String(Date.parse(NOW) / 1000 + 180 * 86_400));
      clock.advance(181 * 86_400_000);
      try {
        await expect(store.get('acme', created.id)).rejects.toThrow(NotFound);
        expect((await store.list('acme', { limit: 10, candidateEmail: 'old@example.com' })).items).toEqual([]);
      } finally {
        clock.set(NOW);
      }
    });
  });

  describe('erase', () => {
    it('deletes the item and the idempotency records that hold its responses', async () => {
      const idempotency = new DynamoIdempotencyStore(client, TABLE, clock);
      await idempotency.reserve('acme', 'k-erase', 'f');
      await idempotency.complete('acme', 'k-erase', 'f', { status: 201, headers: {}, body: '{"candidate":"…"}' });
      const created: StoredInterview = await store.create({ ...newInterview(), idempotencyKey: 'k-erase' });
      await store.erase(created);
      expect(await rawItem(`interview#${created.id}`)).toBeUndefined();
      expect(await rawItem('idempotency#acme#k-erase')).toBeUndefined();
    });

    it('refuses to erase a version it has not seen', async () => {
      const created = await store.create(newInterview());
      await store.update(created, { state: ended(created.state) });
      await expect(store.erase(created)).rejects.toThrow(VersionConflict);
    });
  });
});

describe('DynamoIdempotencyStore', () => {
  it('frees a key held by a request that died once its 60 s lease is over, in real time', async () => {
    let real = Date.parse(NOW);
    // A demo clock: plans run an hour per second, the lease does not.
    const demo = { now: () => Date.parse(NOW) + (real - Date.parse(NOW)) * 3600, realNow: () => real };
    const keys = new DynamoIdempotencyStore(client, TABLE, demo);
    expect(await keys.reserve('acme', 'k-dead', 'f')).toBeUndefined();
    real += 30_000; // 30 h of plan time, 30 s of real time: still held
    expect(await keys.reserve('acme', 'k-dead', 'f')).toEqual({ fingerprint: 'f' });
    real += 31_000;
    expect(await keys.reserve('acme', 'k-dead', 'f')).toBeUndefined();
  });

  it('keeps a completed key for replays after the lease', async () => {
    const keys = new DynamoIdempotencyStore(client, TABLE, clock);
    await keys.reserve('acme', 'k-done', 'f');
    await keys.complete('acme', 'k-done', 'f', { status: 201, headers: {}, body: '{}' });
    clock.advance(120_000);
    expect(await keys.reserve('acme', 'k-done', 'f')).toMatchObject({ response: { status: 201 } });
    clock.advance(-120_000);
  });
});
