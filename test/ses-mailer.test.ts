import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSesClient, SesMailer } from '../packages/core/src/adapters/ses/ses-mailer.ts';
import { ConfigError, DeliveryFailed, DeliveryOutcomeUnknown, DeliveryRejected } from '../packages/core/src/errors/errors.ts';
import type { OutgoingEmail } from '../packages/core/src/ports/mailer.ts';
import { startSesLocal, type SesLocal } from './support/ses-local.ts';

const email: OutgoingEmail = {
  to: 'sam.candidate@example.com',
  from: 'Followup <reminders@followup.example>',
  subject: 'Time to send your thank-you note to Dana',
  text: 'Why now: 24 hours after your interview.\n\nHi Dana, thank you for …',
  html: '<p>Why now: 24 hours after your interview.</p><p>Hi Dana, thank you for …</p>',
  headers: {
    'List-Unsubscribe': '<https://followup.example/u/abc123>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  tags: { tenant: 'acme', interview: 'iv_01JH8Z', milestone: 'thank_you' },
};
const OPTIONS = { configurationSetName: 'followup-test', backoffMs: 5, timeoutMs: 300 };

describe('SesMailer against aws-ses-v2-local', () => {
  let ses: SesLocal;
  let client: SESv2Client;
  /** What the SDK put on the wire, for what aws-ses-v2-local does not keep. */
  const wire: Record<string, unknown>[] = [];

  beforeAll(async () => {
    ses = await startSesLocal();
    client = createSesClient({ region: 'us-east-1', endpoint: ses.endpoint });
    client.middlewareStack.add(
      (next) => async (args) => {
        const body = (args.request as { body?: string | Uint8Array }).body;
        if (body !== undefined) wire.push(JSON.parse(body instanceof Uint8Array ? new TextDecoder().decode(body) : body) as Record<string, unknown>);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordWire' },
    );
  });
  afterAll(async () => {
    client.destroy();
    await ses.stop();
  });
  beforeEach(async () => {
    await ses.clear();
    wire.length = 0;
  });

  it('delivers one email to the candidate with the subject, text and HTML parts and the one-click unsubscribe headers', async () => {
    const { messageId } = await new SesMailer(client, OPTIONS).send(email);

    const stored = await ses.emails();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      messageId,
      from: email.from,
      destination: { to: [email.to], cc: [], bcc: [] },
      subject: email.subject,
      body: { text: email.text, html: email.html },
      headers: [
        { name: 'List-Unsubscribe', value: '<https://followup.example/u/abc123>' },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ],
    });
  });

  it('sends as Simple content with the configuration set and the tags (which aws-ses-v2-local does not keep)', async () => {
    await new SesMailer(client, OPTIONS).send(email);

    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      ConfigurationSetName: 'followup-test',
      EmailTags: [
        { Name: 'tenant', Value: 'acme' },
        { Name: 'interview', Value: 'iv_01JH8Z' },
        { Name: 'milestone', Value: 'thank_you' },
      ],
      Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' } } },
    });
    expect(wire[0]!.Content).not.toHaveProperty('Raw');
  });

  it('reports a request SES turns down (400) as DeliveryFailed: not sent, safe to send later', async () => {
    const error = await new SesMailer(client, OPTIONS).send({ ...email, subject: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DeliveryFailed);
    expect(await ses.emails()).toHaveLength(0);
  });

  it('refuses a client that would retry on its own, before sending anything', async () => {
    const retrying = new SESv2Client({ region: 'us-east-1', endpoint: ses.endpoint, credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });

    await expect(new SesMailer(retrying, OPTIONS).send(email)).rejects.toBeInstanceOf(ConfigError);
    expect(await ses.emails()).toHaveLength(0);
    retrying.destroy();
  });
});

/** SES's failures, which aws-ses-v2-local never answers with: each request takes the next answer. */
type Answer = { status: number; type?: string } | 'hang';

describe('SesMailer when SES fails', () => {
  let server: Server;
  let answers: Answer[] = [];
  let requests = 0;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      requests++;
      const answer = answers.shift() ?? { status: 200 };
      if (answer === 'hang') return;
      const body = answer.type ? { message: `${answer.type} from the stand-in` } : { MessageId: `stand-in-${requests}` };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.type && { 'x-amzn-errortype': answer.type }) });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    answers = [];
    requests = 0;
  });

  const send = (at = endpoint) => new SesMailer(createSesClient({ region: 'us-east-1', endpoint: at }), OPTIONS).send(email);
  const THROTTLED = { status: 429, type: 'TooManyRequestsException' };

  it('retries throttling with backoff until SES accepts the email', async () => {
    answers = [THROTTLED, THROTTLED];

    await expect(send()).resolves.toEqual({ messageId: 'stand-in-3' });
    expect(requests).toBe(3);
  });

  it('gives up on throttling after its attempts with DeliveryFailed: SES did not take the email', async () => {
    answers = [THROTTLED, THROTTLED, THROTTLED, THROTTLED, THROTTLED];

    await expect(send()).rejects.toMatchObject({ constructor: DeliveryFailed, code: 'TooManyRequestsException' });
    expect(requests).toBe(4);
  });

  for (const type of ['MessageRejected', 'MailFromDomainNotVerifiedException', 'SendingPausedException', 'BadRequestException']) {
    it(`reports ${type} as DeliveryRejected (for good) without retrying`, async () => {
      answers = [{ status: 400, type }];

      await expect(send()).rejects.toMatchObject({ constructor: DeliveryRejected, code: type });
      expect(requests).toBe(1);
    });
  }

  it('reports a daily quota (LimitExceededException) as DeliveryFailed: it may go out later', async () => {
    answers = [{ status: 400, type: 'LimitExceededException' }];

    await expect(send()).rejects.toMatchObject({ constructor: DeliveryFailed, code: 'LimitExceededException' });
  });

  it('reports a 5xx as DeliveryOutcomeUnknown and never sends it again', async () => {
    answers = [{ status: 500, type: 'InternalFailure' }];

    await expect(send()).rejects.toBeInstanceOf(DeliveryOutcomeUnknown);
    expect(requests).toBe(1);
  });

  it('reports an answer that never comes as DeliveryOutcomeUnknown and never sends it again', async () => {
    answers = ['hang'];

    await expect(send()).rejects.toBeInstanceOf(DeliveryOutcomeUnknown);
    expect(requests).toBe(1);
  });

  it('reports a refused connection as DeliveryFailed: the request never left', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    await expect(send(`http://127.0.0.1:${port}`)).rejects.toBeInstanceOf(DeliveryFailed);
  });
});
