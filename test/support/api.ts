/**
 * For tests: the app on an in-memory dynalite, two tenants with keys, a clock that moves
 * only when told, and a valid record to start from.
 */
import { afterAll, beforeAll } from 'vitest';
import { createDynamoClient, ensureTable, ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { sha256 } from '@followup/core/store';
import { createApp } from '../../packages/functions/src/app.ts';
import { createApiDeps } from '../../packages/functions/src/wiring/api.ts';
import type { AppDeps } from '../../packages/functions/src/http/env.ts';
import { startDynalite } from '../../packages/functions/src/local/dynalite.ts';
import { createLog } from '../../packages/functions/src/http/log.ts';

import { sampleRecord } from '../../packages/functions/src/cli/example-record.ts';

export { sampleRecord };

/** Signs the test app's action links. */
export const LINK_KEY = 'test-link-key-0123456789abcdef0123456789';
/** Seals the test app's webhook secrets. */
export const WEBHOOK_SECRET_KEY = 'test-webhook-secret-key-0123456789abcdef';

export const KEYS = { acme: 'acme-key-0123456789abcdef', globex: 'globex-key-0123456789abcdef' } as const;
export type Tenant = keyof typeof KEYS;

export interface CallOptions {
  as?: Tenant | null;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  clock: ManualClock;
  /** JSON in, `Response` out; as tenant `acme` unless `as` says otherwise (`null`: no key). */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Creates an interview for `record` and returns its body. */
  create(record?: Record<string, unknown>, as?: Tenant): Promise<{ id: string; version: number; [k: string]: unknown }>;
  close(): Promise<void>;
}

/** 2025-01-13 12:00 UTC: the day before the sample interview. */
export const NOW = '2025-01-13T12:00:00Z';

export async function testApi(options: { deps?: (deps: AppDeps) => AppDeps } = {}): Promise<TestApi> {
  const db = await startDynalite({});
  const config = loadConfig({ FOLLOWUP_DYNAMO_ENDPOINT: db.endpoint, FOLLOWUP_TABLE: 'test', FOLLOWUP_LINK_KEY: LINK_KEY, FOLLOWUP_WEBHOOK_SECRET_KEY: WEBHOOK_SECRET_KEY, FOLLOWUP_PUBLIC_URL: 'https://followup.test' });
  const client = createDynamoClient(config.dynamo);
  await ensureTable(client, config.tableName);
  const clock = new ManualClock(NOW);
  const real = createApiDeps(config, clock, client);
  await Promise.all(Object.entries(KEYS).map(([tenant, key]) => real.apiKeys.put(sha256(key), tenant)));
  // Request lines would drown the test output; test/request-log tests the log itself.
  const quiet = { ...real, log: createLog({ format: 'pretty', level: 'silent' }) };
  const deps = options.deps ? options.deps(quiet) : quiet;
  const app = createApp(deps);

  const call: TestApi['call'] = async (method, path, { as = 'acme', body, headers = {} } = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(as && { authorization: `Bearer ${KEYS[as]}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  return {
    app,
    deps,
    clock,
    call,
    async create(record = sampleRecord(), as: Tenant = 'acme') {
      const res = await call('POST', '/v1/interviews', { as, body: record });
      if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { id: string; version: number };
    },
    async close() {
      client.destroy();
      await db.close();
    },
  };
}

/**
 * A test API started before the file's tests and closed after them.
 * @example const api = useTestApi(); it('…', async () => { await api.create() })
 */
export function useTestApi(): TestApi {
  const api = {} as TestApi;
  beforeAll(async () => {
    Object.assign(api, await testApi());
  });
  afterAll(() => api.close());
  return api;
}
