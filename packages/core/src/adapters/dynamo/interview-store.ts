/**
 * Interviews in DynamoDB, one item each (layout in `table.ts`). Every write is a single
 * conditional PutItem/DeleteItem on that item, guarded by `version`: no transactions, so it
 * runs on dynalite as on AWS.
 */
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DuplicateExternalId, NotFound, VersionConflict } from '../../errors/errors.ts';
import type { InterviewState } from '../../lifecycle/types.ts';
import { MILESTONE_KINDS, type Milestone } from '../../planner/milestone.ts';
import type { Clock } from '../../ports/clock.ts';
import type { DueInterview, InterviewChange, InterviewPage, InterviewStore, ListQuery, NewInterview, StoredInterview } from '../../ports/store.ts';
import { decodeCursor, encodeCursor } from '../../store/cursor.ts';
import { dueShard, nextDueAt } from '../../store/due.ts';
import { interviewExpiry, isExpired } from '../../store/retention.ts';
import { fromAttribute, toAttribute } from './attribute-value.ts';
import { isConditionFailed, isStorableKey, sent, translate } from './errors.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';

type Item = Record<string, AttributeValue>;

/** Items a reindex step reads at most (a Scan page, before its filter). */
const REINDEX_PAGE = 200;

export interface DynamoInterviewStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  clock: Clock;
  retentionDays: number;
  dueShards: number;
  /** Signs listing cursors (HMAC under a key derived from it): at least 16 characters, the same in every process. */
  cursorKey: string;
}

/**
 * @example const store = new DynamoInterviewStore({ client, tableName, clock, retentionDays: 180, dueShards: 4, cursorKey: config.linkKey })
 */
export class DynamoInterviewStore implements InterviewStore {
  constructor(private readonly options: DynamoInterviewStoreOptions) {}

  async create(interview: NewInterview): Promise<StoredInterview> {
    const at = new Date(this.options.clock.now()).toISOString();
    const stored: StoredInterview = {
      id: interview.id,
      tenant: interview.tenant,
      version: 1,
      createdAt: at,
      updatedAt: at,
      input: interview.input,
      state: interview.state,
      idempotencyKeys: interview.idempotencyKey ? [interview.idempotencyKey] : [],
    };
    const externalId = stored.state.record.externalId;
    if (externalId) await this.claimExternalId(stored.tenant, externalId, stored.id);
    try {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: this.toItem(stored), ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (externalId) await this.releaseExternalId(stored.tenant, externalId, stored.id);
      throw translate(error);
    }
    return stored;
  }

  async get(tenant: string, id: string): Promise<StoredInterview> {
    const found = await this.find(id);
    if (!found || found.tenant !== tenant) throw new NotFound(`interview ${id}`);
    return found;
  }

  async update(current: StoredInterview, change: InterviewChange): Promise<StoredInterview> {
    const next: StoredInterview = {
      ...current,
      version: current.version + 1,
      updatedAt: new Date(this.options.clock.now()).toISOString(),
      input: change.input ?? current.input,
      state: change.state,
      idempotencyKeys: change.idempotencyKey ? [...current.idempotencyKeys, change.idempotencyKey] : current.idempotencyKeys,
    };
    const before = current.state.record.externalId;
    const after = next.state.record.externalId;
    if (after && after !== before) await this.claimExternalId(next.tenant, after, next.id);
    try {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: this.toItem(next), ...this.unchanged(current) }));
    } catch (error) {
      if (after && after !== before) await this.releaseExternalId(next.tenant, after, next.id);
      throw await this.conflictOr(error, current);
    }
    if (before && before !== after) await this.releaseExternalId(next.tenant, before, next.id);
    return next;
  }

  async list(tenant: string, query: ListQuery): Promise<InterviewPage> {
    const [indexName, partitionAttribute, partition] = query.candidateEmail
      ? ['byEmail', 'epk', keys.tenantEmail(tenant, query.candidateEmail)]
      : query.status
        ? ['byStatus', 'spk', keys.tenantStatus(tenant, query.status)]
        : ['byTenant', 'tpk', keys.tenant(tenant)];
    const scope = `${indexName}|${partition}|${query.candidateEmail && query.status ? query.status : ''}`;
    const input: QueryCommandInput = {
      TableName: this.table,
      IndexName: indexName,
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': partitionAttribute },
      ExpressionAttributeValues: { ':p': { S: partition } },
      ScanIndexForward: false,
      Limit: query.limit,
    };
    // A candidate has few interviews: their status is filtered within that partition.
    if (query.candidateEmail && query.status) {
      input.FilterExpression = '#s = :s';
      input.ExpressionAttributeNames!['#s'] = 'status';
      input.ExpressionAttributeValues![':s'] = { S: query.status };
    }
    if (query.cursor) {
      input.ExclusiveStartKey = Object.fromEntries(Object.entries(decodeCursor(query.cursor, scope, this.options.cursorKey)).map(([k, v]) => [k, { S: v }]));
    }
    const page = await sent(this.client.send(new QueryCommand(input)));
    const now = this.options.clock.now();
    const items = (page.Items ?? []).filter((item) => !isExpired(expiry(item), now)).map(fromItem);
    const last = page.LastEvaluatedKey;
    const after = last && Object.fromEntries(Object.entries(last).map(([k, v]) => [k, v.S ?? '']));
    return after ? { items, nextCursor: encodeCursor({ scope, after }, this.options.cursorKey) } : { items };
  }

  async erase(current: StoredInterview): Promise<void> {
    try {
      await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: key(keys.interview(current.id)), ...this.unchanged(current) }));
    } catch (error) {
      throw await this.conflictOr(error, current);
    }
    const externalId = current.state.record.externalId;
    await Promise.all([
      externalId ? this.releaseExternalId(current.tenant, externalId, current.id) : undefined,
      ...current.idempotencyKeys.map((k) => sent(this.client.send(new DeleteItemCommand({ TableName: this.table, Key: key(keys.idempotency(current.tenant, k)) })))),
    ]);
  }

  async listDue(until: number, limit: number): Promise<DueInterview[]> {
    // '~' sorts after every character of an id: everything due at `until` is included.
    const upTo = `${new Date(until).toISOString()}#~`;
    const shards = Array.from({ length: this.options.dueShards }, (_, shard) =>
      sent(this.client.send(new QueryCommand({
        TableName: this.table,
        IndexName: 'byDue',
        KeyConditionExpression: 'duePk = :p AND dueSk <= :u',
        ExpressionAttributeValues: { ':p': { S: keys.due(shard) }, ':u': { S: upTo } },
        Limit: limit,
      }))));
    const due = (await Promise.all(shards)).flatMap((page) => (page.Items ?? []).map((item) => {
      const dueSk = item.dueSk?.S ?? '';
      const at = dueSk.indexOf('#');
      return { id: dueSk.slice(at + 1), tenant: item.tenant?.S ?? '', dueAt: dueSk.slice(0, at) };
    }));
    return due.sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(0, limit);
  }

  async reindexDue(cursor?: string): Promise<{ rewritten: number; nextCursor?: string }> {
    // dynalite writes an item and its index entries in separate steps: a crash between them
    // leaves an item the index does not list. Writing the item again, unchanged, lists it.
    const page = await sent(this.client.send(new ScanCommand({
      TableName: this.table,
      FilterExpression: 'begins_with(pk, :p) AND attribute_exists(dueSk)',
      ExpressionAttributeValues: { ':p': { S: 'interview#' } },
      Limit: REINDEX_PAGE,
      ...(cursor && { ExclusiveStartKey: { pk: { S: cursor } } }),
    })));
    let rewritten = 0;
    for (const item of page.Items ?? []) {
      await this.client.send(new PutItemCommand({
        TableName: this.table,
        Item: item,
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': item.version! },
      })).then(() => rewritten++, (error) => {
        // Changed meanwhile: that write indexed it.
        if (!isConditionFailed(error)) throw translate(error);
      });
    }
    const next = page.LastEvaluatedKey?.pk?.S;
    return next ? { rewritten, nextCursor: next } : { rewritten };
  }

  private get table(): string {
    return this.options.tableName;
  }

  private get client(): DynamoDBClient {
    return this.options.client;
  }

  private async find(id: string): Promise<StoredInterview | undefined> {
    // No item has a key DynamoDB would refuse (2048 bytes): such an id is simply not found.
    if (!isStorableKey(keys.interview(id))) return undefined;
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.table, Key: key(keys.interview(id)), ConsistentRead: true })));
    if (!Item || isExpired(expiry(Item), this.options.clock.now())) return undefined;
    return fromItem(Item);
  }

  /** The condition of every write: nobody wrote since `current` was read. */
  private unchanged(current: StoredInterview) {
    return {
      ConditionExpression: 'version = :v AND tenant = :t',
      ExpressionAttributeValues: { ':v': { N: String(current.version) }, ':t': { S: current.tenant } },
    };
  }

  /** A failed condition means the item changed (`VersionConflict`) or went away (`NotFound`). */
  private async conflictOr(error: unknown, current: StoredInterview): Promise<Error> {
    if (!isConditionFailed(error)) return translate(error);
    return (await this.find(current.id)) ? new VersionConflict(current.id, current.version) : new NotFound(`interview ${current.id}`);
  }

  /**
   * One externalId per tenant, held by a small item. A claim whose interview never got written
   * (a crash between the two writes) is taken over rather than blocking the id for ever.
   */
  private async claimExternalId(tenant: string, externalId: string, id: string): Promise<void> {
    const Item = { pk: { S: keys.external(tenant, externalId) }, interviewId: { S: id } };
    try {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item: claim } = await sent(this.client.send(new GetItemCommand({ TableName: this.table, Key: key(Item.pk.S), ConsistentRead: true })));
    const holder = claim?.interviewId?.S ?? '';
    if (await this.find(holder)) throw new DuplicateExternalId(externalId, holder);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.table,
        Item,
        ConditionExpression: 'interviewId = :holder',
        ExpressionAttributeValues: { ':holder': { S: holder } },
      }));
    } catch (error) {
      throw isConditionFailed(error) ? new DuplicateExternalId(externalId, holder) : translate(error);
    }
  }

  private async releaseExternalId(tenant: string, externalId: string, id: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({
      TableName: this.table,
      Key: key(keys.external(tenant, externalId)),
      ConditionExpression: 'interviewId = :id',
      ExpressionAttributeValues: { ':id': { S: id } },
    })).catch((error) => {
      if (!isConditionFailed(error)) throw translate(error);
    });
  }

  private toItem(s: StoredInterview): Item {
    const { state } = s;
    const due = nextDueAt(state.milestones);
    const expiresAt = interviewExpiry(state, this.options.clock.now(), this.options.retentionDays);
    return {
      pk: { S: keys.interview(s.id) },
      tenant: { S: s.tenant },
      version: { N: String(s.version) },
      createdAt: { S: s.createdAt },
      updatedAt: { S: s.updatedAt },
      status: { S: state.status },
      input: { S: JSON.stringify(s.input) },
      record: { S: JSON.stringify(state.record) },
      milestones: { M: Object.fromEntries(state.milestones.map((m) => [m.kind, toAttribute(m)])) },
      idempotencyKeys: { L: s.idempotencyKeys.map((k) => ({ S: k })) },
      ...(state.emailBlocked && { emailBlocked: { S: JSON.stringify(state.emailBlocked) } }),
      ...(state.undeliverableContacts && { undeliverableContacts: { S: JSON.stringify(state.undeliverableContacts) } }),
      tpk: { S: keys.tenant(s.tenant) },
      tsk: { S: `${s.createdAt}#${s.id}` },
      spk: { S: keys.tenantStatus(s.tenant, state.status) },
      epk: { S: keys.tenantEmail(s.tenant, state.record.candidate.email) },
      ...(due && {
        duePk: { S: keys.due(dueShard(s.id, this.options.dueShards)) },
        dueSk: { S: `${new Date(due).toISOString()}#${s.id}` },
      }),
      ...(expiresAt !== undefined && { [TTL_ATTRIBUTE]: { N: String(expiresAt) } }),
    };
  }
}

const key = (pk: string) => ({ pk: { S: pk } });

const expiry = (item: Item): number | undefined => (item[TTL_ATTRIBUTE]?.N === undefined ? undefined : Number(item[TTL_ATTRIBUTE].N));

const KIND_ORDER = new Map(MILESTONE_KINDS.map((kind, i) => [kind, i]));

function fromItem(item: Item): StoredInterview {
  const milestones = Object.values(item.milestones?.M ?? {}).map((m) => fromAttribute(m) as Milestone);
  milestones.sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!);
  const state: InterviewState = {
    status: item.status!.S as InterviewState['status'],
    record: JSON.parse(item.record!.S!),
    milestones,
    ...(item.emailBlocked?.S && { emailBlocked: JSON.parse(item.emailBlocked.S) }),
    ...(item.undeliverableContacts?.S && { undeliverableContacts: JSON.parse(item.undeliverableContacts.S) }),
  };
  return {
    id: item.pk!.S!.slice('interview#'.length),
    tenant: item.tenant!.S!,
    version: Number(item.version!.N),
    createdAt: item.createdAt!.S!,
    updatedAt: item.updatedAt!.S!,
    input: JSON.parse(item.input!.S!),
    state,
    idempotencyKeys: (item.idempotencyKeys?.L ?? []).map((k) => k.S!),
  };
}
