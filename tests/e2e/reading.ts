import type { Page } from 'playwright-core';

/**
 * Waits until a slide the page shows has been counted as seen (the reader marks it just after it
 * paints). Going on before that would leave the slide unread on a slow machine.
 */
export async function slideSeen(page: Page, moduleId: string, slideId: string) {
  await page.locator('.slide__title').waitFor();
  await page.waitForFunction(
    ([m, s]) => Boolean((JSON.parse(localStorage.getItem('sta:progress') ?? '{}') as { state?: { modules?: Record<string, { seen?: Record<string, string> }> } }).state?.modules?.[m]?.seen?.[s]),
    [moduleId, slideId] as const,
  );
}
