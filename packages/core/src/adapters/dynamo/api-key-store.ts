import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApiKeyStore } from '../../ports/store.ts';
import { sent } from './errors.ts';
import { keys } from './table.ts';

/**
 * API keys by hash: `apikey#<sha256>` → tenant.
 * @example await new DynamoApiKeyStore(client, 'followup').tenantOf(sha256(key)) // 'acme'
 */
export class DynamoApiKeyStore implements ApiKeyStore {
  constructor(private readonly client: DynamoDBClient, private readonly tableName: string) {}

  async tenantOf(keyHash: string): Promise<string | undefined> {
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: keys.apiKey(keyHash) } } })));
    return Item?.tenant?.S;
  }

  async put(keyHash: string, tenant: string): Promise<void> {
    await sent(this.client.send(new PutItemCommand({ TableName: this.tableName, Item: { pk: { S: keys.apiKey(keyHash) }, tenant: { S: tenant } } })));
  }
}
