/**
 * The delivery log. A delivery's first receipt claims `webhook-delivery#<endpoint>#<id>` with
 * one conditional put; that item then holds its outcome. Entries live 30 days, which also
 * bounds how long a redelivery (or a Lever token) is recognised.
 *
 *   claim ─▶ processing ─▶ settle: applied | unmatched | ignored | needs_defaults
 *                      └─▶ release (failed; the provider's retry claims again)
 *   a crash leaves `processing`: after the one-minute lease the next receipt takes it over
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '../../ports/clock.ts';
import type { DeliveryEntry, DeliveryOutcome, DeliveryQuery, Page, WebhookDeliveryStore } from '../../ports/webhooks.ts';
import { isExpired } from '../../store/retention.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import { TTL_ATTRIBUTE } from './table.ts';
import { webhookKeys } from './webhook-keys.ts';
import { expiryOf, queryPage, UNKEYED_CURSORS, type Item } from './webhook-query.ts';

const KEEP_S = 30 * 86_400;
const LEASE_S = 60;
const PROCESSING: DeliveryOutcome = 'processing';

/**
 * @example const earlier = await log.claim(entry); if (earlier) await log.logDuplicate({ ...entry, outcome: 'duplicate' })
 */
export class DynamoWebhookDeliveryStore implements WebhookDeliveryStore {
  /** `cursorKey` signs the listing's cursors (see `store/cursor.ts`). */
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    private readonly cursorKey: string = UNKEYED_CURSORS,
  ) {}

  async claim(entry: DeliveryEntry): Promise<DeliveryEntry | undefined> {
    const pk = webhookKeys.delivery(entry.endpointId, entry.deliveryId);
    const nowS = Math.floor(this.clock.now() / 1000);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        Item: { ...toItem({ ...entry, outcome: PROCESSING }, pk), leaseUntil: { N: String(nowS + LEASE_S) } },
        // Free: never claimed, expired (TTL may lag), or a claim whose holder stopped.
        ConditionExpression: `attribute_not_exists(pk) OR ${TTL_ATTRIBUTE} <= :now OR (outcome = :processing AND leaseUntil <= :now)`,
        ExpressionAttributeValues: { ':now': { N: String(nowS) }, ':processing': { S: PROCESSING } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true })));
    // Released or expired between the two calls: claim again.
    if (!Item || isExpired(expiryOf(Item), this.clock.now())) return this.claim(entry);
    return fromItem(Item);
  }

  async claimBody(endpointId: string, bodyHash: string, deliveryId: string): Promise<string | undefined> {
    const pk = webhookKeys.body(endpointId, bodyHash);
    const nowS = Math.floor(this.clock.now() / 1000);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        Item: { pk: { S: pk }, deliveryId: { S: deliveryId }, [TTL_ATTRIBUTE]: { N: String(nowS + KEEP_S) } },
        ConditionExpression: `attribute_not_exists(pk) OR deliveryId = :id OR ${TTL_ATTRIBUTE} <= :now`,
        ExpressionAttributeValues: { ':id': { S: deliveryId }, ':now': { N: String(nowS) } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true })));
    return Item?.deliveryId?.S;
  }

  async settle(entry: DeliveryEntry): Promise<void> {
    const pk = webhookKeys.delivery(entry.endpointId, entry.deliveryId);
    const [, ...others] = entry.interviewIds;
    await Promise.all([
      this.put(toItem(entry, pk)),
      // Each further interview (a closed job) gets a copy, so listing by interview finds it.
      ...others.map((interviewId) => this.put(toItem(entry, `${pk}#interview#${interviewId}`, interviewId))),
    ]);
  }

  async release(entry: DeliveryEntry): Promise<void> {
    await this.client.send(new DeleteItemCommand({
      TableName: this.tableName,
      Key: { pk: { S: webhookKeys.delivery(entry.endpointId, entry.deliveryId) } },
      // Only our own claim: another receipt may have taken it over meanwhile.
      ConditionExpression: 'id = :id AND outcome = :processing',
      ExpressionAttributeValues: { ':id': { S: entry.id }, ':processing': { S: PROCESSING } },
    })).catch((error) => {
      if (!isConditionFailed(error)) throw translate(error);
    });
  }

  async logDuplicate(entry: DeliveryEntry): Promise<void> {
    await this.put(toItem(entry, webhookKeys.receipt(entry.id)));
  }

  async list(tenant: string, query: DeliveryQuery): Promise<Page<DeliveryEntry>> {
    const { interviewId, outcome, limit, cursor } = query;
    const [index, partition] = interviewId
      ? (['byEmail', webhookKeys.eventsByInterview(tenant, interviewId)] as const)
      : outcome
        ? (['byStatus', webhookKeys.eventsByOutcome(tenant, outcome)] as const)
        : (['byTenant', webhookKeys.events(tenant)] as const);
    const filter = interviewId && outcome ? { outcome } : undefined;
    const page = await queryPage(this.client, this.tableName, { index, partition, limit, cursor, filter, now: this.clock.now(), cursorKey: this.cursorKey });
    return { ...page, items: page.items.map(fromItem) };
  }

  private async put(Item: Item): Promise<void> {
    await sent(this.client.send(new PutItemCommand({ TableName: this.tableName, Item })));
  }
}

/**
 * The entry as an item under `pk`, in the tenant's listings and under its first interview; a
 * `copyFor` another interview is indexed under that one only.
 */
function toItem(e: DeliveryEntry, pk: string, copyFor?: string): Item {
  const expiresAt = Math.floor(Date.parse(e.receivedAt) / 1000) + KEEP_S;
  const interviewId = copyFor ?? e.interviewIds[0];
  return {
    pk: { S: pk },
    id: { S: e.id },
    tenant: { S: e.tenant },
    endpointId: { S: e.endpointId },
    provider: { S: e.provider },
    // Shown to support people; a provider's id is short, a body hash too.
    deliveryId: { S: e.deliveryId.slice(0, 256) },
    eventType: { S: e.eventType.slice(0, 200) },
    outcome: { S: e.outcome },
    interviewIds: { S: JSON.stringify(e.interviewIds) },
    ...(e.why && { why: { S: e.why } }),
    receivedAt: { S: e.receivedAt },
    [TTL_ATTRIBUTE]: { N: String(expiresAt) },
    tsk: { S: `${e.receivedAt}#${e.id}` },
    ...(!copyFor && { tpk: { S: webhookKeys.events(e.tenant) }, spk: { S: webhookKeys.eventsByOutcome(e.tenant, e.outcome) } }),
    ...(interviewId && { epk: { S: webhookKeys.eventsByInterview(e.tenant, interviewId) } }),
  };
}

function fromItem(item: Item): DeliveryEntry {
  return {
    id: item.id!.S!,
    tenant: item.tenant!.S!,
    endpointId: item.endpointId!.S!,
    provider: item.provider!.S!,
    deliveryId: item.deliveryId!.S!,
    eventType: item.eventType!.S!,
    outcome: item.outcome!.S! as DeliveryOutcome,
    interviewIds: JSON.parse(item.interviewIds?.S ?? '[]'),
    ...(item.why?.S && { why: item.why.S }),
    receivedAt: item.receivedAt!.S!,
  };
}
