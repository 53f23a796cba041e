import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { pdfPages, type PdfPage } from './pdf-boxes';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

// The PDF is read with a small reader of our own (tests/e2e/pdf-boxes.ts): pdfjs-dist is not in this
// project. It gives each page's size and where its text and shapes are drawn, clipping ignored,
// so anything printed off the page counts against it.
const sheets = (page: Page) => page.getByRole('listitem', { name: /^(第 \d+ 页|Slide \d+)$/ });
const MM = 72 / 25.4;

async function handoutPdf(path: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const context = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1280, height: 900 } }, { locale, theme: 'light' });
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  await sheets(page).first().waitFor();
  const count = await sheets(page).count();
  // Every slide drawn (its heading there) and the fonts in, before printing.
  await expect.poll(() => page.getByRole('heading', { level: 2 }).count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(count);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await context.close();
  return { pages: pdfPages(pdf), count };
}

/** Everything drawn lies on the page (a hair of rounding allowed). */
function expectInside(p: PdfPage) {
  expect(p.content).not.toBeNull();
  const c = p.content!;
  expect(c.left).toBeGreaterThanOrEqual(-0.5);
  expect(c.bottom).toBeGreaterThanOrEqual(-0.5);
  expect(c.right).toBeLessThanOrEqual(p.width + 0.5);
  expect(c.top).toBeLessThanOrEqual(p.height + 0.5);
}

test('a 16:9 handout prints each whole slide on its own page, from the top of the page, nothing cut off', async () => {
  const { pages, count } = await handoutPdf('/present/03-execution/print');
  expect(count).toBe(11);
  expect(pages).toHaveLength(count);
  for (const p of pages) {
    expect(p.width).toBeCloseTo(297 * MM, 0);
    expect(p.height).toBeCloseTo(167.06 * MM, 0);
    expectInside(p);
    // The slide's text starts near the top (its title), not a third of the way down.
    expect(p.texts).toBeGreaterThan(0);
    expect(p.height - p.textBox!.top).toBeLessThan(p.height * 0.15);
    expect(p.textBox!.bottom).toBeGreaterThan(0);
  }
});

test('a notes handout puts two or three slides with their notes on each A4 page, all inside the page', async () => {
  for (const [path, locale] of [
    ['/present/01-foundations/print?notes=1', 'zh-CN'],
    ['/present/09-practice/print?notes=1', 'en'],
  ] as const) {
    const { pages, count } = await handoutPdf(path, locale);
    // At most three to a page, and no page holding a single slide unless its notes need it.
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(count / 3));
    expect(pages.length).toBeLessThanOrEqual(count - 1);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(210 * MM, 0);
      expect(p.height).toBeCloseTo(297 * MM, 0);
      expectInside(p);
      expect(p.texts).toBeGreaterThan(0);
    }
  }
});
