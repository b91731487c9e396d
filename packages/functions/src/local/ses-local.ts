/**
 * aws-ses-v2-local in this process: the SES v2 endpoint, its mailbox viewer (`/`) and its store
 * (`GET /store`, `POST /clear-store`) on one port.
 *
 * Its store is module-wide: every instance started in one process shares the same emails, so
 * tests clear it before each case. With `mailboxFile` (npm start: the data folder's
 * `mailbox.jsonl`) every email is also appended to that file as it arrives, synchronously, so
 * the mailbox survives a restart or a `kill -9`, and is read back at start.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import sesLocal from 'aws-ses-v2-local';
import { getStoreReadonly } from 'aws-ses-v2-local/dist/store.js';
import { StartError } from '../errors.ts';
import { close, listen } from './listen.ts';

// A CommonJS package with `exports.default`: Node's ESM loader hands over the whole exports object.
const startServer = ((sesLocal as unknown as { default?: typeof sesLocal }).default ?? sesLocal);

/** An email as aws-ses-v2-local keeps it (`GET /store`). */
export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  at: number;
}

export interface SesLocal {
  /** The SES v2 endpoint for an SDK client. */
  endpoint: string;
  /** The mailbox viewer, for people. */
  mailboxUrl: string;
  emails(): Promise<StoredEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts aws-ses-v2-local; on a free port unless one is given.
 * @example const ses = await startSesLocal(); const client = createSesClient({ region: 'us-east-1', endpoint: ses.endpoint })
 */
export async function startSesLocal({ host = '127.0.0.1', port = 0, mailboxFile }: { host?: string; port?: number; mailboxFile?: string } = {}): Promise<SesLocal> {
  const what = 'the mailbox (aws-ses-v2-local)';
  // Its Express server resolves even when it could not listen (address() is then null): probe
  // the port first for the exact reason, and check after for the race.
  if (port !== 0) {
    const probe = createServer();
    await listen(probe, port, host, what, 'FOLLOWUP_MAIL_PORT');
    await close(probe);
  }
  if (mailboxFile) keepMailboxIn(mailboxFile);
  const server = await startServer({ host, port });
  if (!server.address()) {
    server.close();
    throw new StartError(`${what}: port ${port} on ${host} could not be used; set FOLLOWUP_MAIL_PORT to a free port`);
  }
  const endpoint = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    mailboxUrl: `${endpoint}/`,
    async emails() {
      const response = await fetch(`${endpoint}/store`);
      return ((await response.json()) as { emails: StoredEmail[] }).emails;
    },
    async clear() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The most emails read back from a mailbox file: a demo's mailbox, not an archive. */
const MAX_KEPT_EMAILS = 10_000;

/**
 * Reads the mailbox file into aws-ses-v2-local's store and makes the store append every new
 * email to it. A line that cannot be read (a crash mid-write) is skipped.
 */
function keepMailboxIn(file: string): void {
  const store = getStoreReadonly() as { emails: StoredEmail[] };
  const kept = existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').slice(-MAX_KEPT_EMAILS).flatMap((line) => {
      try {
        return line ? [JSON.parse(line) as StoredEmail] : [];
      } catch {
        return [];
      }
    })
    : [];
  const emails: StoredEmail[] = [...kept];
  emails.push = (...added: StoredEmail[]) => {
    for (const email of added) appendFileSync(file, `${JSON.stringify(email)}\n`);
    return Array.prototype.push.apply(emails, added);
  };
  store.emails = emails;
}
