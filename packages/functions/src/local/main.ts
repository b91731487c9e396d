import { join } from 'node:path';
import { loadConfig } from '@followup/core/config';
import { FollowupError } from '@followup/core/errors';
import { startStack, type Stack } from './stack.ts';

/** `Tue 14 Jan 2025 15:00 UTC`: followup's time, which runs faster than the wall's at FOLLOWUP_CLOCK_SPEED > 1. */
export function simulatedTime(ms: number): string {
  const [weekday, day, month, year, time] = new Date(ms).toUTCString().replace(',', '').split(' ') as [string, string, string, string, string];
  return `${weekday} ${day} ${month} ${year} ${time.slice(0, 5)} UTC`;
}

function clockLine(stack: Stack): string {
  const now = simulatedTime(stack.clock.now());
  return stack.clockSpeed === 1
    ? `  Clock     ${now}, real time (FOLLOWUP_CLOCK_SPEED=3600 npm start: an hour a second)`
    : `  Clock     ${now}, ${stack.clockSpeed}× real time (FOLLOWUP_CLOCK_SPEED): a day passes every ${formatSeconds(86_400 / stack.clockSpeed)}`;
}

const formatSeconds = (s: number) => (s >= 120 ? `${Math.round(s / 60)} minutes` : `${Math.round(s * 10) / 10} s`);

export function banner(stack: Stack, dataDir: string): string {
  const [first] = stack.entries;
  const keyLines = stack.generated
    ? [`  API key   ${first?.key}   (tenant ${first?.tenant}; kept in ${join(dataDir, 'api-key')})`]
    : [`  API keys  from FOLLOWUP_API_KEYS, tenants ${stack.entries.map((e) => e.tenant).join(', ')}`];
  return [
    'followup is running',
    `  API       ${stack.apiUrl}/v1/interviews`,
    `  Docs      ${stack.apiUrl}/docs`,
    `  OpenAPI   ${stack.apiUrl}/openapi.json`,
    `  Mailbox   ${stack.mailboxUrl}   (aws-ses-v2-local: every reminder lands here)`,
    `  DynamoDB  ${stack.dynamoEndpoint}   (dynalite, data in ${dataDir})`,
    clockLine(stack),
    ...keyLines,
    '',
    `Try: curl -H "Authorization: Bearer ${stack.generated ? first?.key : '<key>'}" ${stack.apiUrl}/v1/interviews`,
    'Ctrl-C to stop.',
  ].join('\n');
}

/**
 * `npm start`: runs until SIGINT/SIGTERM; resolves with the exit code. Known failures (busy
 * port, unusable data folder, bad configuration) print one line, never a stack trace.
 */
export async function main(): Promise<number> {
  let stack: Stack;
  let dataDir: string;
  try {
    const config = loadConfig();
    dataDir = config.local.dataDir;
    stack = await startStack(config);
  } catch (error) {
    const message = error instanceof FollowupError ? error.message : `could not start: ${(error as Error).message}`;
    console.error(`followup: ${message}`);
    return 1;
  }
  console.log(banner(stack, dataDir));
  // At an accelerated clock, say what time it is for followup every 10 real seconds.
  const ticker = stack.clockSpeed === 1 ? undefined : setInterval(() => console.log(`clock     ${simulatedTime(stack.clock.now())} (${stack.clockSpeed}×)`), 10_000);
  ticker?.unref();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(ticker);
  console.log('\nfollowup: stopping');
  await stack.close();
  return 0;
}
