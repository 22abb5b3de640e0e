// One headless Chromium for the whole run; every test gets a page in a context of its own (its own storage,
// cookies and permissions, nothing left by an earlier or a parallel test), watched for CSP violations.
import { chromium } from 'playwright-core';
import { watchCsp } from './csp-watch.mjs';

/** How long a single Playwright action or wait may take: generous, for a busy 2-core machine. */
export const ACTION_TIMEOUT = 30_000;

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    /** A fresh page with no saved progress, language or theme, in a context nothing else uses. */
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1500, height: 1100 } });
      await watchCsp(context);
      context.setDefaultTimeout(ACTION_TIMEOUT);
      return context.newPage();
    },
    async close() {
      await browser.close();
    },
  };
}
