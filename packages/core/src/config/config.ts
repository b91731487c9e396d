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
 * | `FOLLOWUP_CLAIM_LEASE_SECONDS` | `300`: how long (real time) a send may take before the sweeper takes it for dead; lower only for crash tests |
 * | `FOLLOWUP_LOG_FORMAT` | `json` on Lambda (`AWS_LAMBDA_FUNCTION_NAME` set), else `pretty`: one line per event |
 * | `FOLLOWUP_LOG_LEVEL` | `info`; `error` logs only failures, `silent` nothing |
 * | `FOLLOWUP_INBOUND_DOMAIN` | `replies.followup.localhost`: the domain of interviews' reply addresses |
 * | `FOLLOWUP_SMTP_PORT` | `2525`: locally, the SMTP receiver for reply addresses (0: a free port) |
 * | `FOLLOWUP_INBOUND_BUCKET` | on AWS, the S3 bucket SES stores received mail in |
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors/errors.ts';
import type { ApiKeyEntry, Config } from '../ports/config.ts';
import { fieldErrors } from '../record/record.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const TENANT = /^[A-Za-z0-9_-]{1,64}$/;

const apiKeys = z.string().transform((value, ctx): ApiKeyEntry[] => {
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  return entries.flatMap((entry) => {
    const at = entry.indexOf(':');
    const tenant = entry.slice(0, at);
    const key = entry.slice(at + 1);
    if (at < 0 || !TENANT.test(tenant) || key.length < 16) {
      ctx.addIssue({ code: 'custom', message: 'each entry must be tenant:key, the tenant [A-Za-z0-9_-], the key 16 characters or more' });
      return [];
    }
    return [{ tenant, key }];
  });
});

const envSchema = z.object({
  FOLLOWUP_TABLE: z.string().min(3).default('followup'),
  FOLLOWUP_DYNAMO_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().default('us-east-1'),
  FOLLOWUP_RETENTION_DAYS: z.coerce.number().int().min(1).default(180),
  FOLLOWUP_DUE_SHARDS: z.coerce.number().int().min(1).max(64).default(4),
  FOLLOWUP_API_KEYS: apiKeys.default([]),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(3000),
  FOLLOWUP_DATA_DIR: z.string().default('.data'),
  FOLLOWUP_DYNAMO_PORT: port.optional(),
  FOLLOWUP_PUBLIC_URL: z.url().optional(),
  FOLLOWUP_LINK_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  FOLLOWUP_WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  FOLLOWUP_MAIL_FROM: z.string().min(3).default('followup <reminders@followup.localhost>'),
  FOLLOWUP_SES_ENDPOINT: z.url().optional(),
  FOLLOWUP_SES_CONFIGURATION_SET: z.string().min(1).default('followup'),
  FOLLOWUP_MAIL_PORT: port.default(8005),
  FOLLOWUP_SCHEDULE_GROUP: z.string().min(1).optional(),
  FOLLOWUP_SCHEDULE_TARGET_ARN: z.string().startsWith('arn:').optional(),
  FOLLOWUP_SCHEDULE_ROLE_ARN: z.string().startsWith('arn:').optional(),
  FOLLOWUP_SCHEDULE_DLQ_ARN: z.string().startsWith('arn:').optional(),
  FOLLOWUP_CLOCK_SPEED: z.coerce.number().positive().max(1_000_000).default(1),
  FOLLOWUP_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  FOLLOWUP_INBOUND_DOMAIN: z.string().regex(/^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)+$/i, 'must be a domain name').max(253).default('replies.followup.localhost'),
  FOLLOWUP_SMTP_PORT: port.default(2525),
  FOLLOWUP_INBOUND_BUCKET: z.string().min(3).max(63).optional(),
});

/**
 * Reads and checks the environment; throws `ConfigError` naming each bad variable.
 * @example loadConfig({ PORT: '8080' }).local.port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(fieldErrors(parsed.error).map((e) => `${e.path}: ${e.message}`).join('; '));
  }
  const e = parsed.data;
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
function schedulerConfig(e: z.output<typeof envSchema>): Config['scheduler'] {
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

const logSchema = z.object({
  FOLLOWUP_LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  FOLLOWUP_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
});

/**
 * The log's settings; throws `ConfigError` naming a bad variable.
 * @example loadLogConfig({ AWS_LAMBDA_FUNCTION_NAME: 'api' }) // { format: 'json', level: 'info' }
 */
export function loadLogConfig(env: Record<string, string | undefined> = process.env): LogConfig {
  const parsed = logSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) throw new ConfigError(fieldErrors(parsed.error).map((e) => `${e.path}: ${e.message}`).join('; '));
  const e = parsed.data;
  return { format: e.FOLLOWUP_LOG_FORMAT ?? (e.AWS_LAMBDA_FUNCTION_NAME ? 'json' : 'pretty'), level: e.FOLLOWUP_LOG_LEVEL };
}

