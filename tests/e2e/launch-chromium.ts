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

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
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
}
