import { expect, inject, test } from 'vitest';
import { sharedBrowser, traineeContext } from './chromium';
import { signInToHr } from './hr-sign-in';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('starting a live session from the keyboard leaves focus in the live panel, not lost to the page', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/present/01-foundations`);
  const panel = page.getByRole('region', { name: '课堂互动' });
  await panel.getByRole('button', { name: '开始课堂互动' }).focus();
  await page.keyboard.press('Enter');
  await panel.getByText(/^\d{3} \d{3}$/).waitFor({ timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[aria-labelledby="live-host-title"]'))), { timeout: 60_000 })
    .toBe(true);
  // The next Tab goes on inside the panel, where the session's controls are.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[aria-labelledby="live-host-title"]')))).toBe(true);
  await context.close();
});

test('following a link in the phone menu, which closes, puts focus on the new page\'s heading', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await page.getByRole('button', { name: '菜单' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('navigation').getByRole('link', { name: 'SMART 练习' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/practice\/smart$/);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent), { timeout: 60_000 })
    .toBe('SMART 目标练习');
  await context.close();
});

test('closing the presenter console\'s dialogs, however they close, puts focus back on the button that opened them', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/present/01-foundations`);
  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim());
  const closings: [string, () => Promise<void>][] = [
    ['跳到…', () => page.keyboard.press('Escape')],
    ['跳到…', () => page.getByRole('dialog').getByRole('button', { name: '取消' }).click()],
    [
      '跳到…',
      async () => {
        await page.getByRole('dialog').getByLabel(/页码/).fill('3');
        await page.keyboard.press('Enter');
      },
    ],
    ['快捷键', () => page.keyboard.press('Escape')],
    ['快捷键', () => page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()],
  ];
  for (const [opener, close] of closings) {
    await page.getByRole('button', { name: opener, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await close();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(focusedName).toBe(opener);
  }
  await context.close();
});

test('in HR, focus is never dropped to the page: after signing in, clearing the filters, saving a view and deleting it', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const focused = () =>
    page.evaluate(() => {
      const at = document.activeElement as HTMLElement | null;
      if (!at || at === document.body) return 'body';
      return `${at.tagName.toLowerCase()}: ${at.getAttribute('aria-label') ?? (at as HTMLInputElement).labels?.[0]?.textContent ?? at.textContent?.trim()}`;
    });
  await signInToHr(page, baseURL);
  await expect.poll(focused).toBe('h1: HR 学习数据看板');

  // Clearing disables the button pressed: focus goes to the search.
  await page.getByLabel('状态', { exact: true }).selectOption('已完成');
  // The button is enabled once the filter has reached the address; a disabled one takes no focus.
  const clear = page.getByRole('button', { name: '清除筛选' });
  await expect.poll(() => clear.isEnabled()).toBe(true);
  await clear.focus();
  await expect.poll(focused).toBe('button: 清除筛选');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByLabel('状态', { exact: true }).inputValue()).toBe('');
  await expect.poll(focused).toBe('input: 搜索姓名或工号');

  // Saving keeps focus on the button pressed.
  await page.getByLabel('视图名称').fill('华东进行中');
  await page.getByRole('button', { name: '保存当前视图' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '视图已保存。' }).waitFor();
  expect(await focused()).toBe('button: 保存当前视图');

  // Deleting it: focus goes to the next view's delete button, or to the section's heading once
  // none is left (other tests on this server may have saved views of their own).
  await page.getByRole('button', { name: '删除视图“华东进行中”…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '删除', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '视图已删除。' }).waitFor();
  await expect.poll(focused).toMatch(/^(h2: 已保存的视图|button: 删除视图“.+”…)$/);
  expect(await focused()).not.toContain('华东进行中');
  await context.close();
});

test('the home page\'s cards show their whole focus ring: none of it is drawn past the edge of the section that clips it', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  // A practice card, and the first module's card, at the left edge of its section.
  for (const name of [/^SMART 目标练习/, /^销售目标基础/]) {
    const link = page.getByRole('link', { name }).first();
    // Reached from the keyboard, as the ring is for.
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const cut = await link.evaluate((el) => {
      const ringOf = (box: HTMLElement) => {
        const s = getComputedStyle(box);
        return s.outlineStyle === 'none' ? undefined : { box, out: parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) };
      };
      let ring: ReturnType<typeof ringOf>;
      for (let at: HTMLElement | null = el as HTMLElement; at && !ring; at = at.parentElement) ring = ringOf(at);
      if (!ring) return 'no focus ring';
      let clip: HTMLElement | null = ring.box.parentElement;
      while (clip && getComputedStyle(clip).contentVisibility !== 'auto' && !/paint/.test(getComputedStyle(clip).contain)) clip = clip.parentElement;
      if (!clip) return [];
      const r = ring.box.getBoundingClientRect();
      const c = clip.getBoundingClientRect();
      return [
        ['left', c.left - (r.left - ring.out)],
        ['right', r.right + ring.out - c.right],
        ['top', c.top - (r.top - ring.out)],
        ['bottom', r.bottom + ring.out - c.bottom],
      ].filter(([, by]) => (by as number) > 0.5);
    });
    expect(cut, String(name)).toEqual([]);
  }
  await context.close();
});
