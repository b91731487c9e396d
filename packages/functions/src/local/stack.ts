/**
 * The whole service on one machine: dynalite with its data in the data folder, the table,
 * the API keys and the API server. `npm start`, the integration tests and the bench use it.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDynamoClient, ensureTable } from '@followup/core/adapters';
import type { ApiKeyEntry, Clock, Config } from '@followup/core/ports';
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from '../app.ts';
import { createApiDeps } from '../wiring/api.ts';
import { createDeliveryDeps } from '../wiring/delivery.ts';
import { createInboundDeps } from '../wiring/inbound.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../inbound/smtp.ts';
import { EmbeddedLoop } from './embedded-loop.ts';
import { keptSecret, localApiKeys } from './api-keys.ts';
import { DYNAMO_ENDPOINT_FILE, lockDataDir } from './data-dir.ts';
import { startDynalite } from './dynalite.ts';
import { localLinkKey } from './link-key.ts';
import { close, listen } from './listen.ts';
import { keptClock } from './kept-clock.ts';
import { startSesLocal } from './ses-local.ts';

export interface Stack {
  apiUrl: string;
  /** aws-ses-v2-local's mailbox viewer: every reminder sent lands there. */
  mailboxUrl: string;
  /** Sweeps the due-time index a few times a second; `tick()` sweeps now. */
  scheduler: EmbeddedLoop;
  dynamoEndpoint: string;
  /** followup's clock: the real one, or one `clockSpeed` times faster (FOLLOWUP_CLOCK_SPEED). */
  clock: Clock;
  clockSpeed: number;
  /** The keys the API accepts. */
  entries: ApiKeyEntry[];
  /** True when the key was made (or kept) in the data folder rather than given in FOLLOWUP_API_KEYS. */
  generated: boolean;
  /** The SMTP receiver of reply addresses (FOLLOWUP_SMTP_PORT), at `inboundDomain`. */
  smtp: SmtpReceiver;
  inboundDomain: string;
  close(): Promise<void>;
}

/**
 * Starts everything, or fails with a one-line `StartError` after undoing what it started.
 * @example const stack = await startStack(loadConfig()); … await stack.close()
 */
export async function startStack(config: Config, given?: Clock): Promise<Stack> {
  const { dataDir, host } = config.local;
  const undo: (() => unknown)[] = [lockDataDir(dataDir)];
  const kept = given ? undefined : keptClock(dataDir, config.local.clockSpeed);
  const clock = given ?? kept!.clock;
  if (kept) undo.unshift(() => kept.stop());
  const stop = async () => {
    for (const step of undo.splice(0)) await step();
  };
  try {
    const db = await startDynalite({ path: join(dataDir, 'dynamo'), port: config.local.dynamoPort });
    undo.unshift(() => db.close());
    // `npx followup keys` talks to this dynalite while it runs (two cannot share the folder).
    writeFileSync(join(dataDir, DYNAMO_ENDPOINT_FILE), `${db.endpoint}\n`);
    undo.unshift(() => rmSync(join(dataDir, DYNAMO_ENDPOINT_FILE), { force: true }));
    const dynamo = { ...config.dynamo, endpoint: db.endpoint };
    const client = createDynamoClient(dynamo);
    undo.unshift(() => client.destroy());
    await ensureTable(client, config.tableName);
    const ses = await startSesLocal({ host, port: config.local.mailPort, mailboxFile: join(dataDir, 'mailbox.jsonl') });
    undo.unshift(() => ses.stop());
    // The API listens first: unless FOLLOWUP_PUBLIC_URL says otherwise, action links point at it.
    let app: ReturnType<typeof createApp> | undefined;
    const server = createAdaptorServer({ fetch: (request: Request) => app!.fetch(request) }) as Server;
    const port = await listen(server, config.local.port, host, 'the API', 'PORT');
    undo.unshift(() => close(server));
    const apiUrl = `http://${host}:${port}`;
    const webhookSecretKey = config.webhookSecretKey ?? keptSecret(dataDir, 'webhook-secret-key', () => randomBytes(32).toString('base64url'));
    const local = { ...config, dynamo, linkKey: localLinkKey(config), webhookSecretKey, publicUrl: config.publicUrl ?? apiUrl, mail: { ...config.mail, endpoint: ses.endpoint } };
    const deps = createApiDeps(local, clock, client);
    const keys = await localApiKeys(config, deps.apiKeys);
    app = createApp(deps);
    // The embedded loop plays EventBridge Scheduler and the milestone function: it sweeps the due-time index.
    const scheduler = new EmbeddedLoop(createDeliveryDeps(local, clock, client));
    scheduler.start();
    undo.unshift(() => scheduler.stop());
    // Mail to reply addresses: the same handler as the AWS `inbound` function.
    const smtp = await startSmtpReceiver(createInboundDeps(local, clock, client), { host, port: config.local.smtpPort });
    undo.unshift(() => smtp.close());
    return { apiUrl, mailboxUrl: ses.mailboxUrl, dynamoEndpoint: dynamo.endpoint, clock, clockSpeed: config.local.clockSpeed, ...keys, scheduler, smtp, inboundDomain: config.inbound.domain, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
