// One headless Chromium for the whole run; every test gets a new page on an origin whose storage was wiped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BASE_URL } from './preview-server.mjs';

export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'coach-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1500, height: 1100 },
  });
  for (const page of context.pages()) await page.close();
  return {
    /** A fresh page with no saved progress, language or theme from an earlier test. */
    async newPage() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(BASE_URL).origin, storageTypes: 'all' });
      await cdp.detach();
      page.setDefaultTimeout(10_000);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
