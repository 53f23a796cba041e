import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  await context.addInitScript(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'light', showNotes: false }, version: 1 })));
});
afterAll(() => context?.close());

/**
 * How wide the page draws its first few typographic apostrophes, in ems of their own text: a
 * Latin face draws ’ about a third of an em wide, a CJK face a full em ("don’ t").
 */
const apostropheWidths = (page: Page) =>
  page.evaluate(() => {
    const widths: number[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && widths.length < 5; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf('’');
      const parent = text.parentElement;
      if (at < 0 || !parent || !parent.offsetWidth) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      // The stage is scaled as a whole: measure in the element's own pixels.
      const scale = parent.getBoundingClientRect().width / parent.offsetWidth;
      widths.push(range.getBoundingClientRect().width / scale / parseFloat(getComputedStyle(parent).fontSize));
    }
    return widths;
  });

test.each([
  ['the audience screen', '/present/05-challenges/screen?slide=lscpa-method', 'screen'],
  ['the console', '/present/05-challenges?slide=lscpa-method', 'screen'],
  ['the printed handouts', '/present/05-challenges/print', 'print'],
  ['the printed drill rubric', '/trainer/drill-rubric', 'print'],
] as const)('English apostrophes are drawn narrow on %s, not a full CJK em wide', async (_where, path, media) => {
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(`${baseURL}${path}`);
  await page.getByRole('heading', { level: 1, includeHidden: true }).first().waitFor({ state: 'attached' });
  await expect.poll(async () => (await apostropheWidths(page)).length).toBeGreaterThan(0);
  for (const width of await apostropheWidths(page)) expect(width).toBeLessThan(0.6);
  await page.close();
});
