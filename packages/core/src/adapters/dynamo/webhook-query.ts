import { QueryCommand, type AttributeValue, type DynamoDBClient, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import type { Page } from '../../ports/webhooks.ts';
import { decodeCursor, encodeCursor } from '../../store/cursor.ts';
import { isExpired } from '../../store/retention.ts';
import { sent } from './errors.ts';
import { TTL_ATTRIBUTE } from './table.ts';

export type Item = Record<string, AttributeValue>;

const PARTITION_ATTRIBUTE = { byTenant: 'tpk', byStatus: 'spk', byEmail: 'epk' } as const;

export interface PageRequest {
  index: keyof typeof PARTITION_ATTRIBUTE;
  partition: string;
  limit: number;
  cursor?: string;
  /** Attribute = value conditions applied within the partition. */
  filter?: Record<string, string>;
  now: number;
  /** Signs and checks the listing's cursors. */
  cursorKey: string;
}

/**
 * One page of a webhook listing, newest first, expired items left out. The cursor is checked
 * against the listing that issued it.
 * @example const page = await queryPage(client, table, { index: 'byTenant', partition: webhookKeys.endpoints('acme'), limit: 20, now, cursorKey })
 */
export async function queryPage(client: DynamoDBClient, tableName: string, request: PageRequest): Promise<Page<Item>> {
  const filters = Object.entries(request.filter ?? {});
  const scope = `${request.index}|${request.partition}|${filters.map(([k, v]) => `${k}=${v}`).join('&')}`;
  const input: QueryCommandInput = {
    TableName: tableName,
    IndexName: request.index,
    KeyConditionExpression: '#p = :p',
    ExpressionAttributeNames: { '#p': PARTITION_ATTRIBUTE[request.index] },
    ExpressionAttributeValues: { ':p': { S: request.partition } },
    ScanIndexForward: false,
    Limit: request.limit,
  };
  if (filters.length) {
    input.FilterExpression = filters.map((_, i) => `#f${i} = :f${i}`).join(' AND ');
    filters.forEach(([attribute, value], i) => {
      input.ExpressionAttributeNames![`#f${i}`] = attribute;
      input.ExpressionAttributeValues![`:f${i}`] = { S: value };
    });
  }
  if (request.cursor) {
    input.ExclusiveStartKey = Object.fromEntries(Object.entries(decodeCursor(request.cursor, scope, request.cursorKey)).map(([k, v]) => [k, { S: v }]));
  }
  const page = await sent(client.send(new QueryCommand(input)));
  const items = (page.Items ?? []).filter((item) => !isExpired(expiryOf(item), request.now));
  const last = page.LastEvaluatedKey;
  const after = last && Object.fromEntries(Object.entries(last).map(([k, v]) => [k, v.S ?? '']));
  return after ? { items, nextCursor: encodeCursor({ scope, after }, request.cursorKey) } : { items };
}

/**
 * The cursor key of webhook stores built without one. It is public, so such cursors are only
 * checked, not unforgeable: pass the deployment's key (as `createWebhookStores` should).
 */
export const UNKEYED_CURSORS = 'followup-webhook-listing-cursor-unkeyed';

/** An item's TTL (epoch seconds), if it has one. */
export const expiryOf = (item: Item): number | undefined => (item[TTL_ATTRIBUTE]?.N === undefined ? undefined : Number(item[TTL_ATTRIBUTE].N));
