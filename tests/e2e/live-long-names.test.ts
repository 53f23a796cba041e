import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { phoneFriendly } from '../../src/domain';
import { sharedBrowser } from './chromium';
import { joinAs, openLiveRoom } from './live-setup';
import { banks } from './quiz-oracle';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

/** The right option of the item the console pushes by default, as a Chinese phone shows it. */
function rightChoice() {
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  if (item.type === 'truefalse') return item.answer ? '正确' : '错误';
  if (item.type === 'single') return item.options.find((o) => o.correct)!.text['zh-CN'];
  throw new Error(`the first phone-friendly item of 01 is a ${item.type}; pick another in this test`);
}

/** How far a box scrolls sideways: more than 0 when what it holds is wider than it. */
const sideways = (box: Locator) => box.evaluate((el) => el.scrollWidth - el.clientWidth);

/** How far the nearest box around `target` that scrolls would scroll sideways. */
const columnSideways = (target: Locator) =>
  target.evaluate((el) => {
    for (let box = el.parentElement; box; box = box.parentElement) {
      const y = getComputedStyle(box).overflowY;
      if (y === 'auto' || y === 'scroll') return box.scrollWidth - box.clientWidth;
    }
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });

/** How many lines a piece of text takes. */
const lines = (text: Locator) =>
  text.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });

const longNames = ['W'.repeat(30), '欧阳'.repeat(15), 'Amy'];

test('names as long as the join page allows, one without a space, keep the console within its column and the projector leaderboard readable: ranks shown, points on one line', async () => {
  const errors: string[] = [];
  const { trainer, console_, panel, code, stage } = await openLiveRoom(browser(), baseURL, (m) => errors.push(m));

  const phones: Page[] = [];
  for (const name of longNames) {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await joinAs(page, baseURL, code, name);
    phones.push(page);
  }

  await panel.getByRole('button', { name: '发布测验题' }).click();
  for (const page of phones) {
    await page.getByRole('radio', { name: rightChoice(), exact: true }).check();
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByText('已收到你的答案，等待讲师公布结果。').waitFor();
  }
  await panel.getByRole('button', { name: '公布答案' }).click();
  await panel.getByRole('heading', { name: '排行榜' }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: 'W'.repeat(30) }).waitFor();

  // The console's side column (the box that scrolls the live panel) never holds anything wider than itself, so the join code stays whole in view.
  expect(await columnSideways(panel)).toBeLessThanOrEqual(0);
  expect(await sideways(panel)).toBeLessThanOrEqual(0);

  await console_.getByRole('group', { name: '投影画面显示' }).getByRole('button', { name: '排行榜' }).click();
  await stage.getByRole('heading', { name: '排行榜' }).waitFor();
  const rows = stage.getByRole('listitem');
  await expect.poll(() => rows.count()).toBe(3);
  // Every row starts with its rank, and its points fit one line however long the name.
  const texts = await rows.allTextContents();
  expect(texts.map((t) => /^\d+/.exec(t)?.[0])).toEqual(['1', '2', '3']);
  for (let i = 0; i < 3; i++) {
    const points = rows.nth(i).getByText(/^[\d,]+ 分$/);
    expect(await lines(points)).toBe(1);
  }
  expect(await sideways(stage)).toBeLessThanOrEqual(0);

  // A poll option without a space (a link) wraps on the projector instead of running off its right edge.
  const link = `https://crm.example.com/${'q'.repeat(120)}`;
  await panel.getByLabel('投票问题').fill('哪个看板最有用？');
  await panel.getByLabel('投票选项（每行一个，2～6 个）').fill(`${link}\n周报`);
  await panel.getByRole('button', { name: '发布投票' }).click();
  const option = stage.getByText(link);
  await option.waitFor();
  const right = await option.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return Math.max(...[...range.getClientRects()].map((r) => r.right));
  });
  expect(right).toBeLessThanOrEqual(1280);
  expect(errors).toEqual([]);
  await trainer.close();
  for (const page of phones) await page.context().close();
});
