import type { Page } from 'playwright-core';

/**
 * Holds back the page's requests to `url` (as a slow network would) until the returned function
 * is called: what the page shows while they are on their way.
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
