import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { phoneFriendly } from '../../src/domain';
import { axeViolations } from './axe';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { startLiveSession } from './live-setup';
import { banks } from './quiz-oracle';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const words = {
  'zh-CN': { remote: '在本机打开手机遥控器', push: '发布测验题', reveal: '公布答案', chart: '各选项人数', next: '下一页预览' },
  en: { remote: 'Open the phone remote here', push: 'Push quiz question', reveal: 'Reveal the answer', chart: 'Answers per option', next: 'Next slide' },
} as const;

/** Whether the trainer sees `target` where the page stands now: inside the window and not hidden by a box that clips or covers it. */
const seen = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });

/** The headings held by the nearest box around `target` that scrolls. */
const scrollerOf = (target: Locator) =>
  target.evaluate((el) => {
    for (let box = el.parentElement; box; box = box.parentElement) {
      const y = getComputedStyle(box).overflowY;
      if ((y === 'auto' || y === 'scroll') && box.scrollHeight > box.clientHeight) return [...box.querySelectorAll('h2')].map((h) => h.textContent);
    }
    return ['the page'];
  });

async function consoleAt1280(page: Page, locale: 'zh-CN' | 'en') {
  const w = words[locale];
  await page.goto(`${baseURL}/present/01-foundations`);
  const { panel } = await startLiveSession(page, locale);
  await page.getByRole('link', { name: w.remote }).waitFor();
  // As it starts, the session is in view: its join code, without a scroll.
  await expect.poll(() => seen(panel.getByText(/^\d{3} \d{3}$/))).toBe(true);

  await panel.getByRole('button', { name: w.push }).click();
  const reveal = panel.getByRole('button', { name: w.reveal });
  await reveal.waitFor();
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  const prompt = panel.getByText(item.prompt[locale], { exact: false }).first();
  // The question, its answer bars and Reveal are in view together, with nothing left to scroll.
  await expect.poll(() => seen(reveal)).toBe(true);
  expect(await seen(prompt)).toBe(true);
  expect(await seen(panel.getByRole('list', { name: w.chart }))).toBe(true);
  // Only the console's side column scrolls (the one that holds the next slide too): no box in a box.
  expect(await scrollerOf(reveal)).toContain(w.next);
}

test('at 1280×800 the console shows a live session as it starts, and a pushed question with its answers and Reveal without any scrolling; axe finds nothing, in both languages', async () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const context = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1280, height: 800 }, bypassCSP: true }, { locale, theme: 'light' });
    const page = await context.newPage();
    await consoleAt1280(page, locale);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  }
});
