/**
 * The one module that reads the environment. Everything else receives a `Config`.
 * On AWS, sst.config.ts fills these same variables from the stage's resources and secrets
 * (infra/environment.ts; test/infra.test.ts runs `loadConfig` on what each function gets).
 *
 * | variable | default |
 * | --- | --- |
 * | `FOLLOWUP_TABLE` | `followup` |
 * | `FOLLOWUP_DYNAMO_ENDPOINT` | AWS's endpoint (locally: the dynalite `npm start` runs) |
 * | `AWS_REGION` | `us-east-1` |
 * | `FOLLOWUP_RETENTION_DAYS` | `180` |
 * | `FOLLOWUP_DUE_SHARDS` | `4` |
 * | `FOLLOWUP_API_KEYS` | none: `tenant:key,…` |
 * | `HOST`, `PORT` | `127.0.0.1`, `3000` |
 * | `FOLLOWUP_DATA_DIR` | `./.data` |
 * | `FOLLOWUP_DYNAMO_PORT` | a free port |
 * | `FOLLOWUP_PUBLIC_URL` | where candidates' action links point; locally the API's own URL |
 * | `FOLLOWUP_LINK_KEY` | the key that signs action links (32+ characters); locally made and kept in the data folder |
 * | `FOLLOWUP_WEBHOOK_SECRET_KEY` | the key that seals webhook secrets at rest (32+ characters); locally made and kept in the data folder |
 * | `FOLLOWUP_MAIL_FROM` | `followup <reminders@followup.localhost>` |
 * | `FOLLOWUP_SES_ENDPOINT` | AWS's endpoint (locally: aws-ses-v2-local) |
 * | `FOLLOWUP_SES_CONFIGURATION_SET` | `followup` |
 * | `FOLLOWUP_MAIL_PORT` | `8005`: aws-ses-v2-local and its mailbox viewer |
 * | `FOLLOWUP_SCHEDULE_GROUP`, `FOLLOWUP_SCHEDULE_TARGET_ARN`, `FOLLOWUP_SCHEDULE_ROLE_ARN`, `FOLLOWUP_SCHEDULE_DLQ_ARN` | EventBridge Scheduler; absent: the embedded scheduler |
 * | `FOLLOWUP_CLOCK_SPEED` | `1`: locally, how many seconds pass per real second (`3600`: an hour a second) |
 * | `FOLLOWUP_LOG_FORMAT` | `json` on Lambda (`AWS_LAMBDA_FUNCTION_NAME` set), else `pretty`: one line per event |
 * | `FOLLOWUP_LOG_LEVEL` | `info`; `error` logs only failures, `silent` nothing |
 * | `FOLLOWUP_CLAIM_LEASE_SECONDS` | `300`: how long (real time) a send may take before the sweeper takes it for dead; lower only for crash tests |
 * | `FOLLOWUP_INBOUND_DOMAIN` | `replies.followup.localhost`: the domain of interviews' reply addresses |
 * | `FOLLOWUP_SMTP_PORT` | `2525`: locally, the SMTP receiver for reply addresses (0: a free port) |
 * | `FOLLOWUP_INBOUND_BUCKET` | on AWS, the S3 bucket SES stores received mail in |
 */
import { resolve } from 'node:path';
import { ConfigError } from '../errors/errors.ts';
import type { ApiKeyEntry, Config } from '../ports/config.ts';

// Plain checks, not a schema library: every deployed function reads its configuration at start,
// and the delivery functions carry no zod (issue 10, "Composition per deployed function").

const TENANT = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads one variable after another, collecting `NAME: message` for each bad one. */
class EnvReader {
  readonly errors: string[] = [];
  constructor(private readonly env: Record<string, string | undefined>) {}

  private fail(name: string, message: string): undefined {
    this.errors.push(`${name}: ${message}`);
    return undefined;
  }

  string(name: string, options: { min?: number; max?: number; message?: string; startsWith?: string } = {}): string | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    if (options.min !== undefined && value.length < options.min) return this.fail(name, options.message ?? `must be at least ${options.min} characters`);
    if (options.max !== undefined && value.length > options.max) return this.fail(name, `must be at most ${options.max} characters`);
    if (options.startsWith !== undefined && !value.startsWith(options.startsWith)) return this.fail(name, `must start with "${options.startsWith}"`);
    return value;
  }

  url(name: string): string | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]/i.test(value) && URL.canParse(value) ? value : this.fail(name, 'must be a URL');
  }

  number(name: string, options: { int?: boolean; min?: number; max?: number; positive?: boolean } = {}): number | undefined {
    const raw = this.env[name];
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) return this.fail(name, 'must be a number');
    if (options.int && !Number.isInteger(value)) return this.fail(name, 'must be a whole number');
    if (options.positive && value <= 0) return this.fail(name, 'must be greater than 0');
    if (options.min !== undefined && value < options.min) return this.fail(name, `must be at least ${options.min}`);
    if (options.max !== undefined && value > options.max) return this.fail(name, `must be at most ${options.max}`);
    return value;
  }

  domain(name: string): string | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    const label = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
    return value.length <= 253 && new RegExp(`^${label}(\\.${label})+$`, 'i').test(value) ? value : this.fail(name, 'must be a domain name');
  }

  port(name: string): number | undefined {
    return this.number(name, { int: true, min: 0, max: 65_535 });
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    return (values as readonly string[]).includes(value) ? (value as T) : this.fail(name, `must be one of ${values.join(', ')}`);
  }

  apiKeys(name: string): ApiKeyEntry[] | undefined {
    const value = this.env[name];
    if (value === undefined) return undefined;
    const entries: ApiKeyEntry[] = [];
    for (const entry of value.split(',').map((s) => s.trim()).filter(Boolean)) {
      const at = entry.indexOf(':');
      const tenant = entry.slice(0, at);
      const key = entry.slice(at + 1);
      if (at < 0 || !TENANT.test(tenant) || key.length < 16) {
        return this.fail(name, 'each entry must be tenant:key, the tenant [A-Za-z0-9_-], the key 16 characters or more');
      }
      entries.push({ tenant, key });
    }
    return entries;
  }
}

/** The environment with empty variables left out: an empty variable reads as unset. */
const blankless = (env: Record<string, string | undefined>) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));

/**
 * Reads and checks the environment; throws `ConfigError` naming each bad variable.
 * @example loadConfig({ PORT: '8080' }).local.port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const read = new EnvReader(blankless(env));
  const e = {
    FOLLOWUP_TABLE: read.string('FOLLOWUP_TABLE', { min: 3 }) ?? 'followup',
    FOLLOWUP_DYNAMO_ENDPOINT: read.url('FOLLOWUP_DYNAMO_ENDPOINT'),
    AWS_REGION: read.string('AWS_REGION') ?? 'us-east-1',
    FOLLOWUP_RETENTION_DAYS: read.number('FOLLOWUP_RETENTION_DAYS', { int: true, min: 1 }) ?? 180,
    FOLLOWUP_DUE_SHARDS: read.number('FOLLOWUP_DUE_SHARDS', { int: true, min: 1, max: 64 }) ?? 4,
    FOLLOWUP_API_KEYS: read.apiKeys('FOLLOWUP_API_KEYS') ?? [],
    HOST: read.string('HOST') ?? '127.0.0.1',
    PORT: read.port('PORT') ?? 3000,
    FOLLOWUP_DATA_DIR: read.string('FOLLOWUP_DATA_DIR') ?? '.data',
    FOLLOWUP_DYNAMO_PORT: read.port('FOLLOWUP_DYNAMO_PORT'),
    FOLLOWUP_PUBLIC_URL: read.url('FOLLOWUP_PUBLIC_URL'),
    FOLLOWUP_LINK_KEY: read.string('FOLLOWUP_LINK_KEY', { min: 32, message: 'must be at least 32 characters' }),
    FOLLOWUP_WEBHOOK_SECRET_KEY: read.string('FOLLOWUP_WEBHOOK_SECRET_KEY', { min: 32, message: 'must be at least 32 characters' }),
    FOLLOWUP_MAIL_FROM: read.string('FOLLOWUP_MAIL_FROM', { min: 3 }) ?? 'followup <reminders@followup.localhost>',
    FOLLOWUP_SES_ENDPOINT: read.url('FOLLOWUP_SES_ENDPOINT'),
    FOLLOWUP_SES_CONFIGURATION_SET: read.string('FOLLOWUP_SES_CONFIGURATION_SET', { min: 1 }) ?? 'followup',
    FOLLOWUP_MAIL_PORT: read.port('FOLLOWUP_MAIL_PORT') ?? 8005,
    FOLLOWUP_SCHEDULE_GROUP: read.string('FOLLOWUP_SCHEDULE_GROUP', { min: 1 }),
    FOLLOWUP_SCHEDULE_TARGET_ARN: read.string('FOLLOWUP_SCHEDULE_TARGET_ARN', { startsWith: 'arn:' }),
    FOLLOWUP_SCHEDULE_ROLE_ARN: read.string('FOLLOWUP_SCHEDULE_ROLE_ARN', { startsWith: 'arn:' }),
    FOLLOWUP_SCHEDULE_DLQ_ARN: read.string('FOLLOWUP_SCHEDULE_DLQ_ARN', { startsWith: 'arn:' }),
    FOLLOWUP_CLOCK_SPEED: read.number('FOLLOWUP_CLOCK_SPEED', { positive: true, max: 1_000_000 }) ?? 1,
    FOLLOWUP_CLAIM_LEASE_SECONDS: read.number('FOLLOWUP_CLAIM_LEASE_SECONDS', { int: true, min: 5, max: 3600 }) ?? 300,
    FOLLOWUP_INBOUND_DOMAIN: read.domain('FOLLOWUP_INBOUND_DOMAIN') ?? 'replies.followup.localhost',
    FOLLOWUP_SMTP_PORT: read.port('FOLLOWUP_SMTP_PORT') ?? 2525,
    FOLLOWUP_INBOUND_BUCKET: read.string('FOLLOWUP_INBOUND_BUCKET', { min: 3, max: 63 }),
  };
  if (read.errors.length) throw new ConfigError(read.errors.join('; '));
  return {
    tableName: e.FOLLOWUP_TABLE,
    dynamo: { region: e.AWS_REGION, endpoint: e.FOLLOWUP_DYNAMO_ENDPOINT },
    retentionDays: e.FOLLOWUP_RETENTION_DAYS,
    dueShards: e.FOLLOWUP_DUE_SHARDS,
    apiKeys: e.FOLLOWUP_API_KEYS,
    local: {
      host: e.HOST,
      port: e.PORT,
      dataDir: resolve(e.FOLLOWUP_DATA_DIR),
      dynamoPort: e.FOLLOWUP_DYNAMO_PORT,
      mailPort: e.FOLLOWUP_MAIL_PORT,
      clockSpeed: e.FOLLOWUP_CLOCK_SPEED,
      claimLeaseMs: e.FOLLOWUP_CLAIM_LEASE_SECONDS * 1000,
      smtpPort: e.FOLLOWUP_SMTP_PORT,
    },
    publicUrl: e.FOLLOWUP_PUBLIC_URL?.replace(/\/$/, ''),
    linkKey: e.FOLLOWUP_LINK_KEY,
    webhookSecretKey: e.FOLLOWUP_WEBHOOK_SECRET_KEY,
    mail: {
      region: e.AWS_REGION,
      endpoint: e.FOLLOWUP_SES_ENDPOINT,
      from: e.FOLLOWUP_MAIL_FROM,
      configurationSet: e.FOLLOWUP_SES_CONFIGURATION_SET,
    },
    scheduler: schedulerConfig(e),
    inbound: { domain: e.FOLLOWUP_INBOUND_DOMAIN.toLowerCase(), ...(e.FOLLOWUP_INBOUND_BUCKET && { bucket: e.FOLLOWUP_INBOUND_BUCKET }) },
  };
}

/** EventBridge Scheduler's settings: all four or none (none: the embedded scheduler runs). */
function schedulerConfig(e: Record<'FOLLOWUP_SCHEDULE_GROUP' | 'FOLLOWUP_SCHEDULE_TARGET_ARN' | 'FOLLOWUP_SCHEDULE_ROLE_ARN' | 'FOLLOWUP_SCHEDULE_DLQ_ARN', string | undefined>): Config['scheduler'] {
  const { FOLLOWUP_SCHEDULE_GROUP: groupName, FOLLOWUP_SCHEDULE_TARGET_ARN: targetArn, FOLLOWUP_SCHEDULE_ROLE_ARN: roleArn, FOLLOWUP_SCHEDULE_DLQ_ARN: deadLetterArn } = e;
  const given = [groupName, targetArn, roleArn, deadLetterArn].filter(Boolean).length;
  if (given === 0) return undefined;
  if (given < 4) throw new ConfigError('FOLLOWUP_SCHEDULE_GROUP, FOLLOWUP_SCHEDULE_TARGET_ARN, FOLLOWUP_SCHEDULE_ROLE_ARN and FOLLOWUP_SCHEDULE_DLQ_ARN go together');
  return { groupName: groupName!, targetArn: targetArn!, roleArn: roleArn!, deadLetterArn: deadLetterArn! };
}

/**
 * Silences the AWS SDK's warning that it will drop Node 20 (Lambda runs Node 22). Call it
 * before the SDK loads.
 */
export function quietAwsSdk(env: Record<string, string | undefined> = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

/** How followup logs: JSON objects (Powertools' Logger) on Lambda, one readable line locally. */
export interface LogConfig {
  format: 'json' | 'pretty';
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/**
 * The log's settings; throws `ConfigError` naming a bad variable.
 * @example loadLogConfig({ AWS_LAMBDA_FUNCTION_NAME: 'api' }) // { format: 'json', level: 'info' }
 */
export function loadLogConfig(env: Record<string, string | undefined> = process.env): LogConfig {
  const read = new EnvReader(blankless(env));
  const format = read.oneOf('FOLLOWUP_LOG_FORMAT', ['json', 'pretty'] as const);
  const level = read.oneOf('FOLLOWUP_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const) ?? 'info';
  const lambda = read.string('AWS_LAMBDA_FUNCTION_NAME');
  if (read.errors.length) throw new ConfigError(read.errors.join('; '));
  return { format: format ?? (lambda ? 'json' : 'pretty'), level };
}
