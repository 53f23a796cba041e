/**
 * Starting the system's Chromium, apart from the test helpers so that Node scripts (check-size,
 * make-icons) can use it without the DOM types the helpers' in-page callbacks need.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with a clear message when there is no Chromium, since `npx playwright install` cannot work here. */
export function assertChromium(path = CHROMIUM_PATH) {
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The end-to-end tests drive the system's Chromium: ` +
        'install it with `apt-get install -y chromium` (as root), or point CHROMIUM_PATH at one.',
    );
  }
}

/**
 * How long a page action or wait may take before it fails (Playwright's default is 30 s): sized
 * for a loaded 2-core machine, where CI runs the other suites beside the end-to-end suite.
 */
export const ACTION_TIMEOUT_MS = 60_000;

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  // Browser.newPage makes its context through newContext too, so every page gets the timeouts.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}
