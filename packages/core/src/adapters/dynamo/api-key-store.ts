import { DeleteItemCommand, GetItemCommand, PutItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApiKeyInfo, ApiKeyStore } from '../../ports/store.ts';
import { sent } from './errors.ts';
import { keys } from './table.ts';

const PREFIX = keys.apiKey('');

/** `key_` + 12 hex digits of the hash: enough to tell keys apart, useless to authenticate. */
export const apiKeyId = (keyHash: string) => `key_${keyHash.slice(0, 12)}`;

/**
 * API keys by hash: `apikey#<sha256>` → tenant, the key's prefix and when it was made.
 * @example await new DynamoApiKeyStore(client, 'followup').tenantOf(sha256(key)) // 'acme'
 */
export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(private readonly client: DynamoDBClient, private readonly tableName: string) {}

  async tenantOf(keyHash: string): Promise<string | undefined> {
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.apiKey(keyHash) } } })));
    return Item?.tenant?.S;
  }

  async put(keyHash: string, tenant: string, about: { prefix?: string; createdAt?: string } = {}): Promise<void> {
    const Item: Record<string, AttributeValue> = { pk: { S: keys.apiKey(keyHash) }, tenant: { S: tenant } };
    if (about.prefix) Item.prefix = { S: about.prefix };
    if (about.createdAt) Item.createdAt = { S: about.createdAt };
    await sent(this.client.send(new PutItemCommand({ TableName: this.tableName, Item })));
  }

  /** A scan: keys are few and listed by an operator, never on a request's path. */
  async list(tenant?: string): Promise<ApiKeyInfo[]> {
    const found: ApiKeyInfo[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await sent(this.client.send(new ScanCommand({
        TableName: this.tableName,
        FilterExpression: tenant ? 'begins_with(pk, :p) AND tenant = :t' : 'begins_with(pk, :p)',
        ExpressionAttributeValues: { ':p': { S: PREFIX }, ...(tenant && { ':t': { S: tenant } }) },
        ExclusiveStartKey: start,
      })));
      for (const item of page.Items ?? []) {
        const keyHash = item.pk!.S!.slice(PREFIX.length);
        found.push({ id: apiKeyId(keyHash), keyHash, tenant: item.tenant!.S!, ...(item.prefix?.S && { prefix: item.prefix.S }), ...(item.createdAt?.S && { createdAt: item.createdAt.S }) });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return found.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id));
  }

  async revoke(keyHash: string): Promise<boolean> {
    const { Attributes } = await sent(this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.apiKey(keyHash) } }, ReturnValues: 'ALL_OLD' })));
    return Attributes !== undefined;
  }
}
