import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openMenu } from './layout';
import { sharedBrowser, traineeContext } from './chromium';
import { storageKey } from '../../src/stores/storage-keys';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, accessibleName: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim() : '';
    });
    if (accessibleName.test(focused)) return;
  }
  throw new Error(`Could not reach ${accessibleName} with Tab`);
}

async function focusedHeading(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el && /^H[1-6]$/.test(el.tagName) ? el.textContent : null;
  });
}

/**
 * Watches the page until `text` appears and returns the module's last read slide as saved in that
 * same instant (read in the DOM mutation's own callback, before any later task can save it).
 */
function recordedWhenShown(page: Page, text: string, moduleId: string): Promise<string | undefined> {
  return page.evaluate(
    ([text, moduleId, key]) =>
      new Promise<string | undefined>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.body.innerText.includes(text)) return;
          observer.disconnect();
          const stored = JSON.parse(localStorage.getItem(key) ?? 'null');
          resolve(stored?.state?.modules?.[moduleId]?.lastSlideId);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [text, moduleId, storageKey('progress')] as const,
  );
}

describe.each([
  ['laptop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
])('a new trainee on a %s', (_name, viewport) => {
  test('switches language, reads module 01 by keyboard, reloads and resumes', async () => {
    const context = await traineeContext(browser(), { viewport, locale: 'zh-CN', serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(baseURL);
    await expect.poll(() => page.title()).toBe('课程概览 · 销售目标学院');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');

    // Language: to English and back, UI and content together, kept across a reload.
    await openMenu(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sales Target Academy');
    expect(await page.getByRole('link', { name: 'Sales target fundamentals', exact: true }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sales Target Academy');
    await openMenu(page);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');

    // Module 01 to its end with the keyboard only.
    await tabTo(page, /^销售目标基础$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe('第一部分 销售目标基础');
    const titles = ['什么是销售目标？', '销售目标的重要性', '有效销售目标的特征：SMART原则', '销售目标类型'];
    await tabTo(page, /下一页/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe(titles[0]);
    for (const title of titles.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedHeading(page)).toBe(title);
    }
    await expect.poll(() => page.getByText('第 5 页，共 5 页').count()).toBe(1);
    await tabTo(page, /完成本模块/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('已读完：销售目标基础');

    // Reload: progress kept; resume moves on to the next module.
    await page.goto(baseURL);
    await page.reload();
    const card01 = page.getByRole('article').filter({ has: page.getByRole('link', { name: '销售目标基础', exact: true }) });
    await expect.poll(() => card01.getByText('已读完').count()).toBe(1);
    await page.getByRole('link', { name: /继续学习/ }).click();
    await expect.poll(() => page.url()).toBe(`${baseURL}/modules/02-setting/part-overview`);
    await expect.poll(() => page.getByText('第 1 页，共 6 页').count()).toBe(1);
    await expect.poll(() => focusedHeading(page)).not.toBeNull();

    // Leave module 02 on its third slide (two quick key presses); after a reload, resume lands there.
    // The slide is saved as read the moment it is on screen, not a task later: a trainee who turns
    // the page and leaves at once must not lose the visit.
    const savedWhenShown = recordedWhenShown(page, '第 3 页，共 6 页', '02-setting');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await savedWhenShown).toBe('internal-analysis');
    await expect.poll(() => page.getByText('第 3 页，共 6 页').count()).toBe(1);
    const third = page.url();
    await page.goto(baseURL);
    await page.reload();
    await page.getByRole('link', { name: /继续学习：销售目标制定/ }).click();
    await expect.poll(() => page.url()).toBe(third);
    await expect.poll(() => page.getByText('第 3 页，共 6 页').count()).toBe(1);

    // A deep link survives a reload too.
    await page.reload();
    await expect.poll(() => page.getByText('第 3 页，共 6 页').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
