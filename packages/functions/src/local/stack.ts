/**
 * The whole service on one machine: dynalite with its data in the data folder, the table,
 * the API keys and the API server. `npm start`, the integration tests and the bench use it.
 */
import { join } from 'node:path';
import { createDynamoClient, ensureTable, systemClock } from '@followup/core/adapters/index';
import type { ApiKeyEntry, Clock, Config } from '@followup/core/ports/index';
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';
import { localApiKeys } from './api-keys.ts';
import { lockDataDir } from './data-dir.ts';
import { startDynalite } from './dynalite.ts';
import { localLinkKey } from './link-key.ts';
import { close, listen } from './listen.ts';

export interface Stack {
  apiUrl: string;
  dynamoEndpoint: string;
  /** The keys the API accepts. */
  entries: ApiKeyEntry[];
  /** True when the key was made (or kept) in the data folder rather than given in FOLLOWUP_API_KEYS. */
  generated: boolean;
  close(): Promise<void>;
}

/**
 * Starts everything, or fails with a one-line `StartError` after undoing what it started.
 * @example const stack = await startStack(loadConfig()); … await stack.close()
 */
export async function startStack(config: Config, clock: Clock = systemClock): Promise<Stack> {
  const { dataDir, host } = config.local;
  const undo: (() => unknown)[] = [lockDataDir(dataDir)];
  const stop = async () => {
    for (const step of undo.splice(0)) await step();
  };
  try {
    const db = await startDynalite({ path: join(dataDir, 'dynamo'), port: config.local.dynamoPort });
    undo.unshift(() => db.close());
    const dynamo = { ...config.dynamo, endpoint: db.endpoint };
    const client = createDynamoClient(dynamo);
    undo.unshift(() => client.destroy());
    await ensureTable(client, config.tableName);
    const deps = createDeps({ ...config, dynamo, linkKey: localLinkKey(config) }, clock, client);
    const keys = await localApiKeys(config, deps.apiKeys);
    const server = createAdaptorServer({ fetch: createApp(deps).fetch }) as Server;
    const port = await listen(server, config.local.port, host, 'the API');
    undo.unshift(() => close(server));
    return { apiUrl: `http://${host}:${port}`, dynamoEndpoint: dynamo.endpoint, ...keys, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
