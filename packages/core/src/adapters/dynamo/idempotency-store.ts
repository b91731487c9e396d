import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { realNow, type Clock } from '../../ports/clock.ts';
import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from '../../ports/store.ts';
import { isExpired } from '../../store/retention.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';

const KEEP_S = 24 * 3600;
/** A request that holds a key and died frees it after this long; a live one finishes well within it. */
const IN_PROGRESS_LEASE_S = 60;

/**
 * Idempotency keys, `idempotency#<tenant>#<key>`, kept 24 hours (TTL; readers ignore expired
 * ones). Real time throughout: a demo's faster clock is for plans, not for keys.
 *
 *   reserve ── in progress (lease 60 s) ──complete──▶ response, replayed for 24 h
 *                  └─ the request died: after the lease the next request with the key takes it
 * @example const taken = await store.reserve('acme', key, fingerprint) // undefined: go ahead
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(private readonly client: DynamoDBClient, private readonly tableName: string, private readonly clock: Clock) {}

  async reserve(tenant: string, key: string, fingerprint: string): Promise<IdempotencyRecord | undefined> {
    const nowS = Math.floor(realNow(this.clock) / 1000);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        Item: {
          pk: { S: keys.idempotency(tenant, key) },
          fingerprint: { S: fingerprint },
          leaseUntil: { N: String(nowS + IN_PROGRESS_LEASE_S) },
          [TTL_ATTRIBUTE]: { N: String(nowS + KEEP_S) },
        },
        // Free: never used, past its 24 hours (whether or not TTL removed it yet), or held by a request that died.
        ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now OR (attribute_not_exists(#response) AND #lease <= :now)',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE, '#response': 'response', '#lease': 'leaseUntil' },
        ExpressionAttributeValues: { ':now': { N: String(nowS) } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.idempotency(tenant, key) } }, ConsistentRead: true })));
    // Released or expired between the two calls: try again.
    if (!Item || isExpired(Number(Item[TTL_ATTRIBUTE]?.N), realNow(this.clock))) return this.reserve(tenant, key, fingerprint);
    const response = Item.response?.S;
    return { fingerprint: Item.fingerprint?.S ?? '', ...(response && { response: JSON.parse(response) as StoredResponse }) };
  }

  async complete(tenant: string, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    const nowS = Math.floor(realNow(this.clock) / 1000);
    await sent(this.client.send(new PutItemCommand({
      TableName: this.tableName,
      Item: {
        pk: { S: keys.idempotency(tenant, key) },
        fingerprint: { S: fingerprint },
        response: { S: JSON.stringify(response) },
        [TTL_ATTRIBUTE]: { N: String(nowS + KEEP_S) },
      },
    })));
  }

  async release(tenant: string, key: string): Promise<void> {
    await sent(this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.idempotency(tenant, key) } } })));
  }
}
