import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { NotFound } from '../../errors/errors.ts';
import type { Clock } from '../../ports/clock.ts';
import type { Page, PageQuery, WebhookEndpoint, WebhookEndpointStore } from '../../ports/webhooks.ts';
import { isConditionFailed, isStorableKey, sent, translate } from './errors.ts';
import { webhookKeys } from './webhook-keys.ts';
import { queryPage, UNKEYED_CURSORS, type Item } from './webhook-query.ts';

type Listed = Omit<WebhookEndpoint, 'secret'>;

/**
 * Webhook endpoints, `webhook-endpoint#<id>`. The secret is sealed with `box` (AES-256-GCM)
 * and bound to its endpoint and tenant: the table never holds it in the clear.
 * @example const store = new DynamoWebhookEndpointStore(client, 'followup', new SecretBox(config.webhookSecretKey), clock)
 */
export class DynamoWebhookEndpointStore implements WebhookEndpointStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    /** Signs the listing's cursors (see `store/cursor.ts`). */
    private readonly cursorKey: string = UNKEYED_CURSORS,
  ) {}

  async create(endpoint: WebhookEndpoint): Promise<void> {
    const pk = webhookKeys.endpoint(endpoint.id);
    const Item: Item = {
      pk: { S: pk },
      tenant: { S: endpoint.tenant },
      provider: { S: endpoint.provider },
      secret: { S: this.box.seal(endpoint.secret, owner(endpoint)) },
      defaults: { S: JSON.stringify(endpoint.defaults) },
      createdAt: { S: endpoint.createdAt },
      tpk: { S: webhookKeys.endpoints(endpoint.tenant) },
      tsk: { S: `${endpoint.createdAt}#${endpoint.id}` },
    };
    // Ids are random: a failed condition would mean a broken id source, never a normal case.
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' })).catch((error) => {
      throw translate(error);
    });
  }

  async get(id: string): Promise<WebhookEndpoint | undefined> {
    // An id too long for a DynamoDB key (2048 bytes) names no endpoint.
    if (!isStorableKey(webhookKeys.endpoint(id))) return undefined;
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: webhookKeys.endpoint(id) } } })));
    if (!Item) return undefined;
    const listed = fromItem(Item);
    return { ...listed, secret: this.box.open(Item.secret!.S!, owner(listed)) };
  }

  async list(tenant: string, query: PageQuery): Promise<Page<Listed>> {
    const partition = webhookKeys.endpoints(tenant);
    const page = await queryPage(this.client, this.tableName, { index: 'byTenant', partition, ...query, now: this.clock.now(), cursorKey: this.cursorKey });
    return { ...page, items: page.items.map(fromItem) };
  }

  async delete(tenant: string, id: string): Promise<void> {
    try {
      await this.client.send(new DeleteItemCommand({
        TableName: this.tableName,
        Key: { pk: { S: webhookKeys.endpoint(id) } },
        ConditionExpression: 'tenant = :t',
        ExpressionAttributeValues: { ':t': { S: tenant } },
      }));
    } catch (error) {
      throw isConditionFailed(error) ? new NotFound(`webhook endpoint ${id}`) : translate(error);
    }
  }
}

/** What a sealed secret is bound to: moved onto another endpoint or tenant, it does not open. */
const owner = (endpoint: Pick<WebhookEndpoint, 'id' | 'tenant'>) => `${webhookKeys.endpoint(endpoint.id)}#${endpoint.tenant}`;

function fromItem(item: Item): Listed {
  return {
    id: item.pk!.S!.slice(webhookKeys.endpoint('').length),
    tenant: item.tenant!.S!,
    provider: item.provider!.S!,
    defaults: JSON.parse(item.defaults?.S ?? '{}'),
    createdAt: item.createdAt!.S!,
  };
}
