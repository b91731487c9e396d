import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { ConfigError, DeliveryFailed, DeliveryOutcomeUnknown, DeliveryRejected } from '../../errors/errors.ts';
import type { Mailer, OutgoingEmail } from '../../ports/mailer.ts';

export interface SesMailerOptions {
  configurationSetName: string;
  /** Tries of a throttled email, the first included. */
  attempts?: number;
  /** Wait before the first retry; doubled each time, with full jitter. */
  backoffMs?: number;
  /** An answer not back by then leaves the outcome unknown. */
  timeoutMs?: number;
}

const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling']);
/** SES v2 SendEmail errors that no retry changes (its API reference, "Errors"). */
const PERMANENT = new Set(['MessageRejected', 'MailFromDomainNotVerifiedException', 'AccountSuspendedException', 'SendingPausedException', 'BadRequestException', 'NotFoundException', 'ValidationException']);

/**
 * An SES v2 client for the mailer: the SDK's own retries are off, because it would also retry
 * timeouts and 5xx answers, and a second send after those can mean a second email.
 * @example const mailer = new SesMailer(createSesClient({ region: 'us-east-1' }), { configurationSetName: 'followup' })
 */
export function createSesClient({ region, endpoint }: { region: string; endpoint?: string }): SESv2Client {
  return new SESv2Client({
    region,
    maxAttempts: 1,
    // Locally (aws-ses-v2-local) any credentials do.
    ...(endpoint && { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  });
}

/**
 * Sends through SES v2 as `Simple` content (subject, text and HTML parts, custom headers), with
 * the configuration set and tags. Throttling is retried here with exponential backoff; then:
 *
 * | SES answered | error | may it be sent again? |
 * | --- | --- | --- |
 * | a refusal no retry changes (`MessageRejected`, domain not verified, sending paused, `BadRequestException` …) | `DeliveryRejected` | never: the milestone fails |
 * | another 4xx (throttled too long, a daily quota), or no connection made | `DeliveryFailed` | yes, later |
 * | 5xx, timeout, connection dropped | `DeliveryOutcomeUnknown` | never blindly |
 *
 * The injected client must not retry on its own (`createSesClient`); `send` refuses one that does.
 * @example const { messageId } = await mailer.send({ to, from, subject, html, text, headers: { 'List-Unsubscribe': '<https://…>' }, tags: { milestone: 'thank_you' } })
 */
export class SesMailer implements Mailer {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  private checked?: Promise<void>;

  constructor(
    private readonly client: SESv2Client,
    private readonly options: SesMailerOptions,
  ) {
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 200;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    await (this.checked ??= this.refuseSdkRetries());
    const command = new SendEmailCommand({
      FromEmailAddress: email.from,
      Destination: { ToAddresses: [email.to] },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })),
        },
      },
      ConfigurationSetName: this.options.configurationSetName,
      EmailTags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })),
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const { MessageId } = await this.client.send(command, { abortSignal: AbortSignal.timeout(this.timeoutMs) });
        if (!MessageId) throw new DeliveryOutcomeUnknown('NoMessageId');
        return { messageId: MessageId };
      } catch (error) {
        if (!isThrottling(error) || attempt >= this.attempts) throw translate(error);
        await sleep(Math.random() * this.backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  private async refuseSdkRetries(): Promise<void> {
    const attempts = await this.client.config.maxAttempts();
    if (attempts !== 1) throw new ConfigError(`the SES client retries on its own (maxAttempts ${attempts}): use createSesClient`);
  }
}

interface SdkError {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

function isThrottling(error: unknown): boolean {
  const e = error as SdkError | undefined;
  return e?.$metadata?.httpStatusCode === 429 || THROTTLING.has(e?.name ?? '');
}

function translate(error: unknown): Error {
  if (error instanceof DeliveryOutcomeUnknown || error instanceof DeliveryFailed) return error;
  const e = error as SdkError | undefined;
  const name = e?.name ?? 'Error';
  if (PERMANENT.has(name)) return new DeliveryRejected(name, { cause: error });
  const status = e?.$metadata?.httpStatusCode ?? 0;
  // A refused connection never carried the request; any 4xx is SES saying "not sent".
  const known = (status >= 400 && status < 500) || e?.code === 'ECONNREFUSED';
  return known ? new DeliveryFailed(name, { cause: error }) : new DeliveryOutcomeUnknown(name, { cause: error });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
