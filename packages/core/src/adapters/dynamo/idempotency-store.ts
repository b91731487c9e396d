import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '../../ports/clock.ts';
import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from '../../ports/store.ts';
import { isExpired } from '../../store/retention.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';

const KEEP_S = 24 * 3600;

/**
 * Idempotency keys, `idempotency#<tenant>#<key>`, kept 24 hours (TTL; readers ignore expired ones).
 * @example const taken = await store.reserve('acme', key, fingerprint) // undefined: go ahead
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(private readonly client: DynamoDBClient, private readonly tableName: string, private readonly clock: Clock) {}

  async reserve(tenant: string, key: string, fingerprint: string): Promise<IdempotencyRecord | undefined> {
    const nowS = Math.floor(this.clock.now() / 1000);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        Item: { pk: { S: keys.idempotency(tenant, key) }, fingerprint: { S: fingerprint }, [TTL_ATTRIBUTE]: { N: String(nowS + KEEP_S) } },
        // A key past its 24 hours is free again, whether or not TTL has removed it yet.
        ConditionExpression: `attribute_not_exists(pk) OR ${TTL_ATTRIBUTE} <= :now`,
        ExpressionAttributeValues: { ':now': { N: String(nowS) } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.idempotency(tenant, key) } }, ConsistentRead: true })));
    // Released or expired between the two calls: try again.
    if (!Item || isExpired(Number(Item[TTL_ATTRIBUTE]?.N), this.clock.now())) return this.reserve(tenant, key, fingerprint);
    const response = Item.response?.S;
    return { fingerprint: Item.fingerprint?.S ?? '', ...(response && { response: JSON.parse(response) as StoredResponse }) };
  }

  async complete(tenant: string, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    const nowS = Math.floor(this.clock.now() / 1000);
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
