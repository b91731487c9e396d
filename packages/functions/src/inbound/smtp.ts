/**
 * `npm start`'s SMTP receiver for reply addresses (smtp-server), on 127.0.0.1 by default.
 *
 *   RCPT TO ─▶ a verified reply address of an interview that exists? ─ no ─▶ 550, nothing changes
 *   DATA    ─▶ over the size cap ─▶ 552 (logged as quarantined)
 *           ─▶ the shared handler ─▶ 250 · a reminder being sent right now / the store failing ─▶ 451 (the sender retries)
 * No AUTH, no STARTTLS (loopback), and nothing is ever sent back but SMTP's own replies.
 */
import type { AddressInfo } from 'node:net';
import { StoreUnavailable } from '@followup/core/errors';
import { INBOUND_LIMITS } from '@followup/core/inbound';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { StartError } from '../errors.ts';
import type { StoredInterview } from '@followup/core/ports';
import type { InboundDeps } from './deps.ts';
import { receiveMail, type RecipientOutcome } from './receive.ts';
import { interviewFor } from './resolve.ts';

export interface SmtpReceiver {
  port: number;
  /** Every message's outcome, for tests and the bench. */
  onReceived?: (outcomes: RecipientOutcome[]) => void;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/** Reads the DATA stream up to the cap (+1 byte: enough to know it is over). */
async function readCapped(stream: SMTPServerDataStream): Promise<{ raw: Uint8Array; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (size <= INBOUND_LIMITS.maxBytes) chunks.push(chunk);
    size += chunk.length;
  }
  return { raw: Buffer.concat(chunks), tooLarge: stream.sizeExceeded || size > INBOUND_LIMITS.maxBytes };
}

/**
 * @example const smtp = await startSmtpReceiver(deps, { host: '127.0.0.1', port: 2525 }); … await smtp.close()
 */
export async function startSmtpReceiver(deps: InboundDeps, options: { host: string; port: number }): Promise<SmtpReceiver> {
  const receiver: SmtpReceiver = { port: 0, close: async () => {} };
  // What RCPT TO read, kept for DATA of the same transaction (one read per recipient, not two).
  const resolved = new Map<string, Map<string, StoredInterview>>();
  const forSession = (id: string) => resolved.get(id) ?? resolved.set(id, new Map()).get(id)!;
  // Notices to candidates go out after the sender has its 250; closing waits for them.
  const pending = new Set<Promise<unknown>>();
  const later = (work: Promise<unknown>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const server = new SMTPServer({
    name: deps.domain,
    banner: 'followup reply addresses (receive only)',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: INBOUND_LIMITS.maxBytes,
    logger: false,
    maxClients: 200,
    socketTimeout: 30_000,
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= INBOUND_LIMITS.maxRecipients) return callback(smtpError(452, 'too many recipients'));
      const recipient = address.address.toLowerCase();
      interviewFor(deps, recipient).then(
        (interview) => {
          if (interview) forSession(session.id).set(recipient, interview);
          callback(interview ? null : smtpError(550, `no such reply address: ${address.address.slice(0, 100)}`));
        },
        () => callback(smtpError(451, 'try again later')),
      );
    },
    onClose(session) {
      resolved.delete(session.id);
    },
    onData(stream, session, callback) {
      readCapped(stream)
        .then(async ({ raw, tooLarge }) => {
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          const known = forSession(session.id);
          resolved.delete(session.id);
          const outcomes = await receiveMail(deps, { raw, recipients, tooLarge, resolved: known, later });
          receiver.onReceived?.(outcomes);
          callback(tooLarge ? smtpError(552, `message larger than ${INBOUND_LIMITS.maxBytes / 1024} KB`) : null);
        })
        .catch((error: unknown) => {
          if (!(error instanceof StoreUnavailable)) console.error(`followup: inbound: ${(error as Error).message}`);
          callback(smtpError(451, error instanceof StoreUnavailable ? 'busy with this interview; try again shortly' : 'try again later'));
        });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : error.code === 'EACCES' ? 'is not allowed' : `failed (${error.code ?? error.message})`;
      reject(new StartError(`the SMTP receiver: port ${options.port} on ${options.host} ${why}`));
    };
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      server.on('error', (error) => console.error(`followup: smtp: ${error.message}`));
      resolve((server.server.address() as AddressInfo).port);
    });
  });
  receiver.port = port;
  receiver.close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all(pending);
  };
  return receiver;
}
