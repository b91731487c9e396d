/** For inbound-mail tests: the fixtures with a reply address filled in, and nodemailer as the SMTP client. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'inbound');

/** A fixture's bytes (CRLF, as on the wire) with `{{REPLY}}` replaced. */
export function inboundFixture(name: string, reply: string, pad = 0): Buffer {
  const text = readFileSync(join(DIR, name), 'utf8').replaceAll('{{REPLY}}', reply).replace(/\r?\n/g, '\r\n');
  return Buffer.concat([Buffer.from(text), Buffer.alloc(pad, 'a')]);
}

/** Sends raw bytes over SMTP; resolves with the server's reply code (250, 550, 552 …). */
export async function sendRaw(port: number, raw: Buffer, to: string[], from = 'ann@example.com'): Promise<number> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from, to }, raw });
    return 250;
  } catch (error) {
    return (error as { responseCode?: number }).responseCode ?? -1;
  } finally {
    transport.close();
  }
}
