/**
 * `/docs` in a real browser with the network cut off: Swagger UI from the pinned swagger-ui-dist
 * package, served by the API itself, renders every operation of the contract.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import type { Config } from '@followup/core/ports';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../packages/functions/src/local/stack.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser-docs: SKIPPED, ${CHROMIUM} not found`);

describe.skipIf(!present)('/docs in Chromium, offline', () => {
  let config: Config;
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    config = loadConfig({ FOLLOWUP_DATA_DIR: mkdtempSync(join(tmpdir(), 'followup-docs-')), PORT: '0', FOLLOWUP_MAIL_PORT: '0', FOLLOWUP_LOG_LEVEL: 'silent' });
    [stack, browser] = await Promise.all([startStack(config, new ManualClock('2025-01-13T12:00:00Z')), chromium.launch({ executablePath: CHROMIUM, args: ARGS })]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    rmSync(config.local.dataDir, { recursive: true, force: true });
  });

  it('renders every operation without asking anything of another host', async () => {
    const doc = (await (await fetch(`${stack.apiUrl}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    // A screenshot for a person to look at: FOLLOWUP_DOCS_SCREENSHOT=/tmp/docs.png npx vitest run test/browser-docs.test.ts
    // Anything not from the API is refused, as it would be without internet.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(stack.apiUrl) || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    try {
      await page.goto(`${stack.apiUrl}/docs`);
      await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
      if (process.env.FOLLOWUP_DOCS_SCREENSHOT) await page.screenshot({ path: process.env.FOLLOWUP_DOCS_SCREENSHOT });
      expect(await page.locator('.opblock').count()).toBe(operations.length);
      expect(await page.locator('.info .title').first().textContent()).toContain('followup');
      for (const path of ['/v1/interviews/{id}/calendar-feed', '/v1/webhooks/{endpointId}', '/feeds/{token}.ics']) {
        expect(await page.locator(`.opblock-summary-path[data-path="${path}"]`).count(), path).toBeGreaterThan(0);
      }
      expect(await page.getByRole('button', { name: /Authorize/ }).count()).toBeGreaterThan(0);
      expect(elsewhere).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
