/**
 * The one table. Every item has a string `pk`; the prefix says what it is:
 *
 * | pk | item |
 * | --- | --- |
 * | `interview#<id>` | the interview: record, state, milestones (a map by kind), `version` |
 * | `external#<tenant>#<externalId>` | which interview holds an externalId in a tenant |
 * | `apikey#<sha256 of key>` | the tenant of an API key |
 * | `idempotency#<tenant>#<key>` | an idempotency key and its first response (TTL 24 h) |
 *
 * Indexes (all sparse: only interviews carry their keys):
 * - `byTenant`  `tpk = tenant#<t>`                     sort `tsk = <createdAt>#<id>`
 * - `byStatus`  `spk = tenant#<t>#status#<status>`     sort `tsk`
 * - `byEmail`   `epk = tenant#<t>#email#<sha256(email)>` sort `tsk`
 * - `byDue`     `duePk = due#<0..shards-1>`           sort `dueSk = <next scheduled dueAt>#<id>`, only while one is scheduled
 *
 * `expiresAt` (epoch seconds) is the TTL attribute.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { emailKey } from '../../store/hash.ts';
import { translate } from './errors.ts';

export const TTL_ATTRIBUTE = 'expiresAt';

export const keys = {
  interview: (id: string) => `interview#${id}`,
  external: (tenant: string, externalId: string) => `external#${tenant}#${externalId}`,
  apiKey: (hash: string) => `apikey#${hash}`,
  idempotency: (tenant: string, key: string) => `idempotency#${tenant}#${key}`,
  tenant: (tenant: string) => `tenant#${tenant}`,
  tenantStatus: (tenant: string, status: string) => `tenant#${tenant}#status#${status}`,
  tenantEmail: (tenant: string, email: string) => `tenant#${tenant}#email#${emailKey(email)}`,
  due: (shard: number) => `due#${shard}`,
};

const index = (name: string, pk: string, sk: string, projection: GlobalSecondaryIndex['Projection']): GlobalSecondaryIndex => ({
  IndexName: name,
  KeySchema: [{ AttributeName: pk, KeyType: 'HASH' }, { AttributeName: sk, KeyType: 'RANGE' }],
  Projection: projection,
});

/** The table as `CreateTable` wants it; SST's definition mirrors it on AWS. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: ['pk', 'tpk', 'tsk', 'spk', 'epk', 'duePk', 'dueSk'].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    GlobalSecondaryIndexes: [
      index('byTenant', 'tpk', 'tsk', { ProjectionType: 'ALL' }),
      index('byStatus', 'spk', 'tsk', { ProjectionType: 'ALL' }),
      index('byEmail', 'epk', 'tsk', { ProjectionType: 'ALL' }),
      // The scheduler reads ids here, then claims on the item itself.
      index('byDue', 'duePk', 'dueSk', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['tenant'] }),
    ],
  };
}

/**
 * Creates the table unless it exists, and waits until it is active (dynalite: instantly).
 * @example await ensureTable(client, 'followup')
 */
export async function ensureTable(client: DynamoDBClient, tableName: string, pollMs = 50): Promise<void> {
  try {
    const existing = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (existing.Table?.TableStatus === 'ACTIVE') return;
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw translate(error);
    await client.send(new CreateTableCommand(tableDefinition(tableName))).catch((e) => {
      if ((e as Error).name !== 'ResourceInUseException') throw translate(e);
    });
    await enableTtl(client, tableName);
  }
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** dynalite does not know TTL; there, readers alone hide expired items. */
async function enableTtl(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }));
  } catch (error) {
    if (!['UnknownOperationException', 'UnrecognizedClientException'].includes((error as Error).name)) throw translate(error);
  }
}
