/**
 * What followup says about itself: one line per request and per reminder sent or failed, and the
 * error behind every 5xx. On Lambda each is a structured JSON object from Powertools' Logger
 * (tenant, interview and milestone ids as fields, for CloudWatch Logs Insights); locally it is one
 * short line a person can read.
 *
 *   local   12:00:01 POST /v1/interviews 201 14ms tenant=local interview=3f…
 *   Lambda  {"level":"INFO","message":"request","method":"POST","path":"/v1/interviews","status":201,"ms":14,"tenant":"local",…}
 *
 * Never logged: headers (API keys, signatures), bodies, query strings, and the tokens in
 * `/a/<token>` and `/feeds/<token>.ics` paths, which are bearer credentials on their own.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadLogConfig, type LogConfig } from '@followup/core/config';

/** A request as it is logged. */
export interface RequestEntry {
  method: string;
  /** The path as requested; redacted before it is written. */
  path: string;
  status: number;
  ms: number;
  tenant?: string;
  interviewId?: string;
  /** The error behind a 5xx. */
  error?: unknown;
}

/** A reminder's outcome, for the delivery code. */
export interface ReminderEntry {
  outcome: 'sent' | 'failed';
  tenant: string;
  interviewId: string;
  /** The milestone kind (`thank_you`, `follow_up_1` …). */
  milestone: string;
  messageId?: string;
  error?: unknown;
}

export interface Log {
  request(entry: RequestEntry): void;
  reminder(entry: ReminderEntry): void;
}

/** Link and feed tokens are credentials: their paths are logged without them. */
export function redactPath(path: string): string {
  return path.replace(/^\/a\/[^/]+/, '/a/[token]').replace(/^\/feeds\/[^/]+?(\.ics)?$/, '/feeds/[token]$1');
}

/** The interview a path names, if any (`/v1/interviews/{id}/…`). */
export function interviewIdOf(path: string): string | undefined {
  return /^\/v1\/interviews\/([^/]+)/.exec(path)?.[1];
}

const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error));

/**
 * A log in the configured format. `write` receives each finished line (tests pass their own).
 * @example const log = createLog({ format: 'pretty', level: 'info' }); log.request({ method: 'GET', path: '/health', status: 200, ms: 1 })
 */
export function createLog(config: LogConfig, write: (line: string) => void = (line) => process.stdout.write(line)): Log {
  if (config.level === 'silent') return { request() {}, reminder() {} };
  return config.format === 'json' ? jsonLog(config, write) : prettyLog(write);
}

function prettyLog(write: (line: string) => void): Log {
  // Wall-clock time of the line, not followup's (possibly accelerated) clock: it says when it was printed.
  const time = () => new Date().toTimeString().slice(0, 8);
  const ids = (e: { tenant?: string; interviewId?: string; milestone?: string }) =>
    [e.tenant && `tenant=${e.tenant}`, e.interviewId && `interview=${e.interviewId}`, e.milestone && `milestone=${e.milestone}`].filter(Boolean).join(' ');
  const line = (text: string, error?: unknown) => write(`${time()} ${text}\n${error === undefined ? '' : `${errorText(error).replace(/^/gm, '  ')}\n`}`);
  return {
    request(e) {
      line(`${e.method} ${redactPath(e.path)} ${e.status} ${Math.round(e.ms)}ms ${ids(e)}`.trimEnd(), e.status >= 500 ? e.error : undefined);
    },
    reminder(e) {
      line(`reminder ${e.outcome} ${ids(e)}${e.messageId ? ` message=${e.messageId}` : ''}`, e.outcome === 'failed' ? e.error : undefined);
    },
  };
}

function jsonLog(config: LogConfig, write: (line: string) => void): Log {
  const logger = new Logger({ serviceName: 'followup', logLevel: config.level.toUpperCase() as 'INFO' });
  // Powertools writes through its own Console; send its lines to `write` instead, so tests see them.
  (logger as unknown as { console: { info: (s: string) => void; error: (s: string) => void; warn: (s: string) => void } }).console = {
    info: (s) => write(`${s}\n`),
    warn: (s) => write(`${s}\n`),
    error: (s) => write(`${s}\n`),
  };
  return {
    request({ error, path, ...e }) {
      const fields = { ...e, path: redactPath(path), ms: Math.round(e.ms) };
      if (e.status >= 500) logger.error({ message: 'request failed', ...fields }, ...(error instanceof Error ? [error] : error === undefined ? [] : [{ error: String(error) }]));
      else logger.info({ message: 'request', ...fields });
    },
    reminder({ error, ...e }) {
      if (e.outcome === 'failed') logger.error({ message: 'reminder failed', ...e }, ...(error instanceof Error ? [error] : error === undefined ? [] : [{ error: String(error) }]));
      else logger.info({ message: 'reminder sent', ...e });
    },
  };
}

let shared: Log | undefined;

/** The process's log, configured from the environment (`FOLLOWUP_LOG_FORMAT`, `FOLLOWUP_LOG_LEVEL`). */
export function defaultLog(): Log {
  return (shared ??= createLog(loadLogConfig()));
}

/**
 * For the delivery code: one line per reminder sent or failed.
 * @example logReminder({ outcome: 'sent', tenant, interviewId, milestone: 'thank_you', messageId })
 */
export function logReminder(entry: ReminderEntry, log: Log = defaultLog()): void {
  log.reminder(entry);
}
