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
import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
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
const MAX_PAGES = 20;

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
    await this.eachPage(tenant, {}, (page) => {
      for (const item of page.Items ?? []) {
        const sort = item.tsk!.S!;
        if (sort === 'settings') settings = JSON.parse(item.doc!.S!) as TenantSettings;
        else if (closures.size < MAX_COMPANIES) closures.set(sort.slice(COMPANY.length), JSON.parse(item.doc!.S!) as Closure[]);
      }
    });
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

  /** How many companies the tenant keeps closures for (COUNT of its index partition). */
  private async companies(tenant: string): Promise<number> {
    let count = 0;
    await this.eachPage(tenant, { companiesOnly: true, countOnly: true }, (page) => (count += page.Count ?? 0));
    return count;
  }

  /**
   * Every page of the tenant's settings partition of `byTenant`. Bounded: the settings item and
   * at most MAX_COMPANIES closure items (a few pages); MAX_PAGES stops a runaway all the same.
   */
  private async eachPage(tenant: string, options: { companiesOnly?: boolean; countOnly?: boolean }, onPage: (page: QueryCommandOutput) => void): Promise<void> {
    let start: Item | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await sent(this.client.send(new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byTenant',
        KeyConditionExpression: options.companiesOnly ? 'tpk = :p AND begins_with(tsk, :c)' : 'tpk = :p',
        ExpressionAttributeValues: { ':p': { S: key.settings(tenant) }, ...(options.companiesOnly && { ':c': { S: COMPANY } }) },
        ...(options.countOnly && { Select: 'COUNT' }),
        ExclusiveStartKey: start,
      })));
      onPage(result);
      start = result.LastEvaluatedKey;
      if (!start) return;
    }
  }
}

/** The write's condition: no item yet, or the item at the version the caller read. */
function condition(expected: number) {
  return expected === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': { N: String(expected) } } };
}
