import { join } from 'node:path';
import { loadConfig } from '@followup/core/config';
import { FollowupError } from '@followup/core/errors';
import { startStack, type Stack } from './stack.ts';

function banner(stack: Stack, dataDir: string): string {
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
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('\nfollowup: stopping');
  await stack.close();
  return 0;
}
