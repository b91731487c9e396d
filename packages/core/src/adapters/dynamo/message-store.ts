/**
 * The message log on the one table, under keys of its own (`table.ts` lists the others):
 *
 * | pk | item | indexed as |
 * | --- | --- | --- |
 * | `message#<interviewId>#<sha256(messageKey)>` | a message's first receipt: the dedup claim, then its entry | byEmail `messages#<t>#<interviewId>` |
 * | `message-receipt#<entry id>` | a duplicate or a message logged without a claim | byEmail, as above |
 *
 * Every entry carries `expiresAt` = received + 30 days: headers and excerpts are not kept longer.
 *
 *   claim ─▶ processing ─▶ settle (what it was, what it changed)
 *                      └─▶ release (failed; the mail system's retry claims again)
 *   a crash leaves `processing`: after the one-minute lease the next receipt takes it over
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '../../ports/clock.ts';
import type { MessageEntry, MessageKind, MessageStore } from '../../ports/messages.ts';
import type { Page, PageQuery } from '../../ports/webhooks.ts';
import { sha256 } from '../../store/hash.ts';
import { isExpired } from '../../store/retention.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import { TTL_ATTRIBUTE } from './table.ts';
import { expiryOf, queryPage, UNKEYED_CURSORS, type Item } from './webhook-query.ts';

/** POLICY: bodies (here: excerpts and headers) are not kept past 30 days. */
export const MESSAGE_KEEP_DAYS = 30;
const KEEP_S = MESSAGE_KEEP_DAYS * 86_400;
const LEASE_S = 60;
const PROCESSING: MessageKind = 'processing';

export const messageKeys = {
  message: (interviewId: string, messageKey: string) => `message#${interviewId}#${sha256(messageKey)}`,
  receipt: (id: string) => `message-receipt#${id}`,
  byInterview: (tenant: string, interviewId: string) => `messages#${tenant}#${interviewId}`,
};

/**
 * @example const log = new DynamoMessageStore(client, 'followup', clock)
 */
export class DynamoMessageStore implements MessageStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    /** Signs the listing's cursors (see `store/cursor.ts`). */
    private readonly cursorKey: string = UNKEYED_CURSORS,
  ) {}

  async claim(entry: MessageEntry): Promise<MessageEntry | undefined> {
    const pk = messageKeys.message(entry.interviewId, entry.messageKey);
    const nowS = Math.floor(this.clock.now() / 1000);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.tableName,
        // Not yet listed (no index keys): the index is written once, by `settle`.
        Item: { ...unlisted(toItem({ ...entry, understoodAs: PROCESSING }, pk)), leaseUntil: { N: String(nowS + LEASE_S) } },
        ConditionExpression: `attribute_not_exists(pk) OR ${TTL_ATTRIBUTE} <= :now OR (understoodAs = :processing AND leaseUntil <= :now)`,
        ExpressionAttributeValues: { ':now': { N: String(nowS) }, ':processing': { S: PROCESSING } },
      }));
      return undefined;
    } catch (error) {
      if (!isConditionFailed(error)) throw translate(error);
    }
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true })));
    if (!Item || isExpired(expiryOf(Item), this.clock.now())) return this.claim(entry);
    return fromItem(Item);
  }

  async settle(entry: MessageEntry): Promise<void> {
    await this.put(toItem(entry, messageKeys.message(entry.interviewId, entry.messageKey)));
  }

  async release(entry: MessageEntry): Promise<void> {
    await this.client.send(new DeleteItemCommand({
      TableName: this.tableName,
      Key: { pk: { S: messageKeys.message(entry.interviewId, entry.messageKey) } },
      ConditionExpression: 'id = :id AND understoodAs = :processing',
      ExpressionAttributeValues: { ':id': { S: entry.id }, ':processing': { S: PROCESSING } },
    })).catch((error) => {
      if (!isConditionFailed(error)) throw translate(error);
    });
  }

  async log(entry: MessageEntry): Promise<void> {
    await this.put(toItem(entry, messageKeys.receipt(entry.id)));
  }

  async list(tenant: string, interviewId: string, query: PageQuery): Promise<Page<MessageEntry>> {
    const page = await queryPage(this.client, this.tableName, { index: 'byEmail', partition: messageKeys.byInterview(tenant, interviewId), limit: query.limit, cursor: query.cursor, now: this.clock.now(), cursorKey: this.cursorKey });
    return { ...page, items: page.items.map(fromItem) };
  }

  private async put(Item: Item): Promise<void> {
    await sent(this.client.send(new PutItemCommand({ TableName: this.tableName, Item })));
  }
}

function toItem(e: MessageEntry, pk: string): Item {
  return {
    pk: { S: pk },
    id: { S: e.id },
    tenant: { S: e.tenant },
    interviewId: { S: e.interviewId },
    messageKey: { S: e.messageKey.slice(0, 998) },
    receivedAt: { S: e.receivedAt },
    ...(e.from && { from: { S: e.from } }),
    subject: { S: e.subject.slice(0, 998) },
    ...(e.date && { date: { S: e.date } }),
    understoodAs: { S: e.understoodAs },
    why: { S: e.why.slice(0, 1000) },
    changed: { S: e.changed.slice(0, 1000) },
    ...(e.suggestion && { suggestion: { S: e.suggestion } }),
    headers: { S: JSON.stringify(e.headers) },
    excerpt: { S: e.excerpt.slice(0, 1000) },
    [TTL_ATTRIBUTE]: { N: String(Math.floor(Date.parse(e.receivedAt) / 1000) + KEEP_S) },
    epk: { S: messageKeys.byInterview(e.tenant, e.interviewId) },
    tsk: { S: `${e.receivedAt}#${e.id}` },
  };
}

function unlisted({ epk: _e, tsk: _t, ...item }: Item): Item {
  return item;
}

function fromItem(item: Item): MessageEntry {
  return {
    id: item.id!.S!,
    tenant: item.tenant!.S!,
    interviewId: item.interviewId!.S!,
    messageKey: item.messageKey!.S!,
    receivedAt: item.receivedAt!.S!,
    ...(item.from?.S && { from: item.from.S }),
    subject: item.subject?.S ?? '',
    ...(item.date?.S && { date: item.date.S }),
    understoodAs: item.understoodAs!.S! as MessageKind,
    why: item.why?.S ?? '',
    changed: item.changed?.S ?? '',
    ...(item.suggestion?.S && { suggestion: item.suggestion.S as MessageEntry['suggestion'] }),
    headers: JSON.parse(item.headers?.S ?? '{}'),
    excerpt: item.excerpt?.S ?? '',
  };
}
