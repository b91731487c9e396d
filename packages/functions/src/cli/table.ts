import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDynamoClient, DynamoApiKeyStore, ensureTable } from '@followup/core/adapters';
import type { Config } from '@followup/core/ports';
import { DYNAMO_ENDPOINT_FILE, lockDataDir, readIfExists, runningOn } from '../local/data-dir.ts';
import { startDynalite } from '../local/dynalite.ts';

export interface KeyTable {
  store: DynamoApiKeyStore;
  /** Where the keys are, for the person reading the output. */
  where: string;
  close(): Promise<void>;
}

/**
 * The table the keys commands work on:
 *
 *   --aws                      the configured table on AWS (FOLLOWUP_TABLE, AWS_REGION, the usual credentials)
 *   FOLLOWUP_DYNAMO_ENDPOINT   that DynamoDB (a dynalite you run)
 *   otherwise                  the local data folder: the dynalite of a running `npm start`, or one
 *                              started here on the folder for the command's length
 */
export async function openKeyTable(config: Config, { aws }: { aws: boolean }): Promise<KeyTable> {
  const { tableName, dynamo } = config;
  if (aws || dynamo.endpoint) {
    const client = createDynamoClient(dynamo);
    const where = dynamo.endpoint ? `table ${tableName} at ${dynamo.endpoint}` : `table ${tableName} in ${dynamo.region}`;
    return { store: new DynamoApiKeyStore(client, tableName), where, close: async () => client.destroy() };
  }
  const { dataDir } = config.local;
  const running = runningOn(dataDir);
  const endpoint = running ? readIfExists(join(dataDir, DYNAMO_ENDPOINT_FILE)) : undefined;
  if (endpoint) {
    const client = createDynamoClient({ ...dynamo, endpoint });
    return { store: new DynamoApiKeyStore(client, tableName), where: `the running followup's data folder ${dataDir}`, close: async () => client.destroy() };
  }
  const fresh = !existsSync(join(dataDir, 'dynamo'));
  const unlock = lockDataDir(dataDir);
  const db = await startDynalite({ path: join(dataDir, 'dynamo') }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const client = createDynamoClient({ ...dynamo, endpoint: db.endpoint });
  await ensureTable(client, tableName);
  return {
    store: new DynamoApiKeyStore(client, tableName),
    where: `the data folder ${dataDir}${fresh ? ' (new)' : ''}`,
    async close() {
      client.destroy();
      await db.close();
      unlock();
    },
  };
}
