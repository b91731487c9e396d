/**
 * Tenant settings and company closures in the one table:
 *
 * | pk | item | byTenant (`tpk`, `tsk`) |
 * | --- | --- | --- |
 * | `settings#<tenant>` | the settings document, `version` | `settings#<tenant>`, `settings` |
 * | `closures#<tenant>#<key>` | one company's closures, `version` | `settings#<tenant>`, `company#<key>` |
 *
 * Sharing one index partition lets a plan read everything of its tenant in one query.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Closure } from '../../company/closures.ts';
import { ValidationError, VersionConflict } from '../../errors/errors.ts';
import type { Clock } from '../../ports/clock.ts';
import { MAX_COMPANIES, type SettingsStore, type Versioned } from '../../ports/settings.ts';
import type { TenantDocuments, TenantSettings } from '../../settings/settings.ts';
import { isConditionFailed, sent, translate } from './errors.ts';
import type { Item } from './webhook-query.ts';

const key = {
  settings: (tenant: string) => `settings#${tenant}`,
  closures: (tenant: string, company: string) => `closures#${tenant}#${company}`,
};
const COMPANY = 'company#';

/**
 * @example const settings = new DynamoSettingsStore(client, 'followup', systemClock)
 */
export class DynamoSettingsStore implements SettingsStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  get(tenant: string): Promise<Versioned<TenantSettings> | undefined> {
    return this.read(key.settings(tenant));
  }

  put(tenant: string, settings: TenantSettings, expected: number): Promise<Versioned<TenantSettings>> {
    return this.write(tenant, key.settings(tenant), 'settings', settings, expected, 'the tenant settings');
  }

  getClosures(tenant: string, company: string): Promise<Versioned<Closure[]> | undefined> {
    return this.read(key.closures(tenant, company));
  }

  async putClosures(tenant: string, company: string, closures: Closure[], expected: number): Promise<Versioned<Closure[]>> {
    const what = `the closures of ${company}`;
    const pk = key.closures(tenant, company);
    if (!closures.length) {
      await this.remove(pk, expected, what);
      // Gone: the next write creates it again, at version 1.
      return { value: [], version: 0, updatedAt: new Date(this.clock.now()).toISOString() };
    }
    if (expected === 0 && (await this.companies(tenant)) >= MAX_COMPANIES) {
      throw new ValidationError([{ path: 'key', message: `the tenant already keeps closures for ${MAX_COMPANIES} companies; remove some first` }]);
    }
    return this.write(tenant, pk, `${COMPANY}${company}`, closures, expected, what);
  }

  async documents(tenant: string): Promise<TenantDocuments> {
    let settings: TenantSettings | undefined;
    const closures = new Map<string, Closure[]>();
    let start: Item | undefined;
    // Bounded: at most the settings item and MAX_COMPANIES closure items (a few pages).
    for (let page = 0; page < 20; page++) {
      const result = await sent(this.client.send(new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byTenant',
        KeyConditionExpression: 'tpk = :p',
        ExpressionAttributeValues: { ':p': { S: key.settings(tenant) } },
        ExclusiveStartKey: start,
      })));
      for (const item of result.Items ?? []) {
        const sort = item.tsk!.S!;
        if (sort === 'settings') settings = JSON.parse(item.doc!.S!) as TenantSettings;
        else if (closures.size < MAX_COMPANIES) closures.set(sort.slice(COMPANY.length), JSON.parse(item.doc!.S!) as Closure[]);
      }
      start = result.LastEvaluatedKey;
      if (!start) break;
    }
    return { ...(settings && { settings }), closures };
  }

  private async read<T>(pk: string): Promise<Versioned<T> | undefined> {
    const { Item } = await sent(this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true })));
    if (!Item) return undefined;
    return { value: JSON.parse(Item.doc!.S!) as T, version: Number(Item.version!.N), updatedAt: Item.updatedAt!.S! };
  }

  private async write<T>(tenant: string, pk: string, sort: string, value: T, expected: number, what: string): Promise<Versioned<T>> {
    const updatedAt = new Date(this.clock.now()).toISOString();
    const version = expected + 1;
    const Item: Item = {
      pk: { S: pk },
      tenant: { S: tenant },
      doc: { S: JSON.stringify(value) },
      version: { N: String(version) },
      updatedAt: { S: updatedAt },
      tpk: { S: key.settings(tenant) },
      tsk: { S: sort },
    };
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item, ...condition(expected) }));
    } catch (error) {
      throw isConditionFailed(error) ? new VersionConflict(pk, expected, what) : translate(error);
    }
    return { value, version, updatedAt };
  }

  private async remove(pk: string, expected: number, what: string): Promise<void> {
    if (expected === 0) {
      if (await this.read(pk)) throw new VersionConflict(pk, expected, what);
      return;
    }
    try {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ...condition(expected) }));
    } catch (error) {
      throw isConditionFailed(error) ? new VersionConflict(pk, expected, what) : translate(error);
    }
  }

  /** How many companies the tenant keeps closures for (COUNT of one index partition, bounded). */
  private async companies(tenant: string): Promise<number> {
    let count = 0;
    let start: Item | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await sent(this.client.send(new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byTenant',
        KeyConditionExpression: 'tpk = :p AND begins_with(tsk, :c)',
        ExpressionAttributeValues: { ':p': { S: key.settings(tenant) }, ':c': { S: COMPANY } },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      })));
      count += result.Count ?? 0;
      start = result.LastEvaluatedKey;
      if (!start) break;
    }
    return count;
  }
}

/** The write's condition: no item yet, or the item at the version the caller read. */
function condition(expected: number) {
  return expected === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': { N: String(expected) } } };
}
