import { BatchGetItemCommand, BatchWriteItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '../../ports/clock.ts';
import type { MatchId, WebhookMatchStore } from '../../ports/webhooks.ts';
import { isExpired } from '../../store/retention.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';
import { webhookKeys } from './webhook-keys.ts';
import { expiryOf, type Item } from './webhook-query.ts';

/**
 * Longer than an interview stays open plus its retention (a plan runs weeks, a closed interview
 * is kept 180 days): a lookup outliving its interview only points at nothing.
 */
const KEEP_S = 400 * 86_400;

/**
 * Provider ids → interviews: `match#<t>#<provider>#<kind>#<value>` → one interview id (the latest
 * written wins), `job#<t>#<provider>#<jobId>` → a string set of interview ids; and, read only,
 * the interview store's `external#<t>#<externalId>` claims.
 * @example const [id] = await matches.find('acme', 'greenhouse', [{ kind: 'applicationId', value: '265293' }])
 */
export class DynamoWebhookMatchStore implements WebhookMatchStore {
  constructor(private readonly client: DynamoDBClient, private readonly tableName: string, private readonly clock: Clock) {}

  async find(tenant: string, provider: string, ids: MatchId[]): Promise<string[]> {
    const pks = [
      ...ids.map(({ kind, value }) => webhookKeys.match(tenant, provider, kind, value)),
      // The interview store's claim of an externalId: `external#<t>#<externalId>` → interviewId.
      ...ids.map(({ value }) => keys.external(tenant, value)),
    ];
    const items = await this.getAll([...new Set(pks)]);
    const found = pks.map((pk) => items.get(pk)?.interviewId?.S);
    return [...new Set(found.filter((id): id is string => id !== undefined))];
  }

  async remember(tenant: string, provider: string, ids: MatchId[], interviewId: string): Promise<void> {
    const puts = [...new Set(ids.map(({ kind, value }) => webhookKeys.match(tenant, provider, kind, value)))].map((pk) => ({
      PutRequest: { Item: { pk: { S: pk }, interviewId: { S: interviewId }, [TTL_ATTRIBUTE]: this.expiry() } },
    }));
    // One request for all (at most three); what DynamoDB leaves unprocessed is sent again.
    for (let requests = puts; requests.length;) {
      const { UnprocessedItems } = await sent(this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: requests } })));
      requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof puts;
    }
  }

  async claim(tenant: string, provider: string, id: MatchId, interviewId: string): Promise<string | undefined> {
    const pk = webhookKeys.match(tenant, provider, id.kind, id.value);
    try {
      // First writer wins; an expired lookup (TTL not yet swept) is free again.
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        Item: { pk: { S: pk }, interviewId: { S: interviewId }, [TTL_ATTRIBUTE]: this.expiry() },
        ConditionExpression: 'attribute_not_exists(pk) OR interviewId = :id OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':id': { S: interviewId }, ':now': { N: String(Math.floor(this.clock.now() / 1000)) } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    return (await this.get(pk))?.interviewId?.S;
  }

  async addToJob(tenant: string, provider: string, jobId: string, interviewId: string): Promise<void> {
    await sent(this.client.send(new UpdateItemCommand({
      TableName: this.tableName,
      Key: { pk: { S: webhookKeys.job(tenant, provider, jobId) } },
      UpdateExpression: `ADD interviewIds :id SET ${TTL_ATTRIBUTE} = :e`,
      ExpressionAttributeValues: { ':id': { SS: [interviewId] }, ':e': this.expiry() },
    })));
  }

  async jobInterviews(tenant: string, provider: string, jobId: string): Promise<string[]> {
    return (await this.get(webhookKeys.job(tenant, provider, jobId)))?.interviewIds?.SS ?? [];
  }

  private async get(pk: string) {
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } } })));
    return Item && this.live(Item) ? Item : undefined;
  }

  /** The live items of `pks` (at most 100) by pk, in one request plus any DynamoDB left unprocessed. */
  private async getAll(pks: string[]): Promise<Map<string, Item>> {
    const found = new Map<string, Item>();
    for (let Keys = pks.map((pk) => ({ pk: { S: pk } })); Keys.length;) {
      const { Responses, UnprocessedKeys } = await sent(this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys } } })));
      for (const item of Responses?.[this.tableName] ?? []) if (this.live(item)) found.set(item.pk!.S!, item);
      Keys = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as typeof Keys;
    }
    return found;
  }

  private live(item: Item): boolean {
    return !isExpired(expiryOf(item), this.clock.now());
  }

  private expiry() {
    return { N: String(Math.floor(this.clock.now() / 1000) + KEEP_S) };
  }
}
