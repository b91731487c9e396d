/**
 * A candidate's click in a real browser: the whole local stack (dynalite, the API, the embedded
 * scheduler) on free ports and a fresh data folder, Debian's Chromium driven by playwright-core.
 * Time is held still by a manual clock, so nothing falls due while the browser works.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { linkExpiry, signLink, type LinkAction } from '@followup/core/links';
import type { Config } from '@followup/core/ports';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localLinkKey } from '../packages/functions/src/local/link-key.ts';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';
import { startStack, type Stack } from '../packages/functions/src/local/stack.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
/** Wed 15 Jan 2025 10:00 in New York: the day after the sample interview, before its thank-you is due. */
const NOW = '2025-01-15T15:00:00Z';

const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser-actions: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!present)('one-click actions in Chromium', () => {
  let config: Config;
  let stack: Stack;
  let browser: Browser;
  let headers: Record<string, string>;

  beforeAll(async () => {
    config = loadConfig({ FOLLOWUP_DATA_DIR: mkdtempSync(join(tmpdir(), 'followup-browser-')), PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_SMTP_PORT: '0' });
    [stack, browser] = await Promise.all([startStack(config, new ManualClock(NOW)), chromium.launch({ executablePath: CHROMIUM, args: ARGS })]);
    headers = { authorization: `Bearer ${stack.entries[0]!.key}`, 'content-type': 'application/json' };
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    rmSync(config.local.dataDir, { recursive: true, force: true });
  });

  async function createInterview(): Promise<string> {
    const res = await fetch(`${stack.apiUrl}/v1/interviews`, { method: 'POST', headers, body: JSON.stringify(sampleRecord()) });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  /** The link a reminder would carry, signed with the key the stack keeps in its data folder. */
  function actionUrl(interviewId: string, action: LinkAction): string {
    const token = signLink({ tenantId: 'local', interviewId, kind: 'thank_you', action, expiresAt: linkExpiry(Date.parse(NOW)) }, localLinkKey(config));
    return `${stack.apiUrl}/a/${token}`;
  }

  it('"I sent it": the page asks, the button records it, the result shows the new plan and the store has it', async () => {
    const id = await createInterview();
    const page = await browser.newPage();
    try {
      await page.goto(actionUrl(id, 'sent'));
      expect(await page.locator('h1').textContent()).toBe('I sent it');
      expect(await page.getByText('Platform Engineer at Acme · Thank-you email').count()).toBe(1);
      expect(await page.getByLabel('When did you send it?').inputValue()).toBe('2025-01-15');

      await page.getByLabel('When did you send it?').fill('2025-01-14');
      await Promise.all([page.waitForURL(/\/a\//, { waitUntil: 'load' }), page.getByRole('button', { name: 'Mark as sent' }).click()]);

      expect(await page.getByRole('status').textContent()).toBe('Marked as sent.');
      expect(await page.locator('li.current .status').textContent()).toBe('Sent Tue 14 Jan');
      expect(await page.locator('form').count()).toBe(0);

      const stored = (await (await fetch(`${stack.apiUrl}/v1/interviews/${id}`, { headers })).json()) as { milestones: { kind: string; status: string; sentOn?: string }[] };
      expect(stored.milestones.find((m) => m.kind === 'thank_you')).toMatchObject({ status: 'done', sentOn: '2025-01-14' });
    } finally {
      await page.close();
    }
  });

  it('"Stop all reminders", then the same link again: the second visit explains that they are already stopped', async () => {
    const id = await createInterview();
    const page = await browser.newPage();
    try {
      await page.goto(actionUrl(id, 'stop'));
      await Promise.all([page.waitForURL(/\/a\//, { waitUntil: 'load' }), page.getByRole('button', { name: 'Stop all reminders' }).click()]);
      expect(await page.getByRole('status').textContent()).toBe('Reminders stopped. You will not hear from us about this interview again.');

      const again = await page.goto(actionUrl(id, 'stop'));
      expect(again?.status()).toBe(409);
      expect(await page.getByRole('status').textContent()).toBe('Reminders for this interview are already stopped.');
      expect(await page.locator('form').count()).toBe(0);
      const stored = (await (await fetch(`${stack.apiUrl}/v1/interviews/${id}`, { headers })).json()) as { status: string };
      expect(stored.status).toBe('stopped');
    } finally {
      await page.close();
    }
  });
});
