import { expect, inject, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { axeViolations } from './axe';
import { joinAs, startLiveSession } from './live-setup';
import { banks } from './quiz-oracle';
import { phoneFriendly } from '../../src/domain';

/** The item the console pushes by default (the first a phone can answer) and a right and a wrong choice, as phones show them. */
function defaultItemChoices() {
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  if (item.type === 'truefalse') return { right: item.answer ? '正确' : '错误', wrong: item.answer ? '错误' : '正确' };
  if (item.type === 'single') return { right: item.options.find((o) => o.correct)!.text['zh-CN'], wrong: item.options.find((o) => !o.correct)!.text['zh-CN'] };
  throw new Error(`the first phone-friendly item of 01 is a ${item.type}; pick another in this test`);
}

const baseURL = inject('baseURL');
const browser = sharedBrowser();

// Found as the trainer and the phones see them: by role, label and text, never by class.
const joinCodeShown = (panel: Locator) => panel.getByText(/^\d{3} \d{3}$/);
const chartRows = (panel: Locator) => panel.getByRole('list', { name: '各选项人数' }).getByRole('listitem');
const chartCounts = async (panel: Locator) => (await chartRows(panel).allTextContents()).map((row) => Number(/(\d+)$/.exec(row)![1]));
const leaderboardRows = (panel: Locator) => panel.getByRole('listitem').filter({ hasText: / · \d+ 分$/ });

test('a trainer starts a session; three phones join; a quiz item is answered live; counts and leaderboard; a reloaded phone is counted once', async () => {
  const trainerContext = await browser().newContext({ viewport: { width: 1440, height: 900 } });
  const console_ = await trainerContext.newPage();
  const errors: string[] = [];
  console_.on('pageerror', (e) => errors.push(e.message));
  await console_.goto(`${baseURL}/present/01-foundations`);
  const { panel, code } = await startLiveSession(console_);
  expect(code).toMatch(/^\d{6}$/);
  expect(await panel.getByRole('img', { name: '加入课堂的二维码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

  // Three phones (their own contexts: no shared storage), each joining with the code.
  const phones = await Promise.all(
    ['Amy', 'Ben', 'Cai'].map(async (name, i) => {
      // axe is injected as a script, so Amy's phone alone runs without the page's CSP; the others keep it.
      const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: i === 0, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await joinAs(page, baseURL, code, name);
      return { name, context, page };
    }),
  );
  await expect.poll(() => panel.getByText(/已加入 3 人，在线 3 人/).count()).toBe(1);
  expect((await axeViolations(phones[0]!.page)).join('\n')).toBe('');

  // A true/false or choice item from module 01's bank.
  await panel.getByRole('button', { name: '发布测验题' }).click();
  for (const p of phones) await p.page.getByRole('button', { name: '提交答案' }).waitFor();
  await expect.poll(() => phones[0]!.page.getByRole('radio').count()).toBeGreaterThanOrEqual(2);

  // Amy answers right; Ben reloads in the middle, comes back to the same seat, then answers wrong; Cai answers right.
  const choice = defaultItemChoices();
  await phones[0]!.page.getByRole('radio', { name: choice.right, exact: true }).check();
  await phones[0]!.page.getByRole('button', { name: '提交答案' }).click();
  await phones[0]!.page.getByText('已收到你的答案，等待讲师公布结果。').waitFor();
  await phones[1]!.page.reload();
  await phones[1]!.page.getByRole('button', { name: '提交答案' }).waitFor();
  await phones[1]!.page.getByRole('radio', { name: choice.wrong, exact: true }).check();
  await phones[1]!.page.getByRole('button', { name: '提交答案' }).click();
  await phones[2]!.page.getByRole('radio', { name: choice.right, exact: true }).check();
  await phones[2]!.page.getByRole('button', { name: '提交答案' }).click();

  await expect.poll(() => panel.getByText('已作答 3 / 3 人').count()).toBe(1);
  await expect.poll(() => panel.getByText(/已加入 3 人/).textContent()).toMatch(/已加入 3 人，在线 3 人/);
  expect((await chartCounts(panel)).reduce((a, b) => a + b, 0)).toBe(3);

  await panel.getByRole('button', { name: '公布答案' }).click();
  await panel.getByRole('heading', { name: '排行榜' }).waitFor();
  await expect.poll(() => leaderboardRows(panel).count()).toBe(3);
  const board = await leaderboardRows(panel).allTextContents();
  expect(board.slice(0, 2).map((b) => b.split(' · ')[0]).sort()).toEqual(['Amy', 'Cai']);
  expect(board[2]).toMatch(/^Ben · 0 分$/);
  expect(await chartRows(panel).filter({ hasText: '（正确答案）' }).count()).toBe(1);
  await phones[0]!.page.getByText(/回答正确！本题得分/).waitFor();
  await phones[1]!.page.getByText(/这次没答对。正确答案：/).waitFor();
  await phones[2]!.page.getByText(/你目前排名第 [12]，共 3 人。/).waitFor();

  // A SMART goal call: a phone sends a goal, the room sees it and how many criteria it meets.
  await panel.getByRole('button', { name: '发起 SMART 目标征集' }).click();
  await phones[2]!.page.getByLabel('你的 SMART 目标').fill('未来三个月内华东区新签合同额达到500万元，比去年同期增长20%');
  await phones[2]!.page.getByRole('button', { name: '提交答案' }).click();
  await expect.poll(() => panel.getByRole('list', { name: '学员提交的目标' }).getByText(/Cai/).count()).toBe(1);
  const met = Number(/满足 (\d) \/ 5 项/.exec((await panel.getByRole('list', { name: '学员提交的目标' }).textContent())!)![1]);
  expect(met).toBeGreaterThanOrEqual(3);
  const criteriaRows = panel.getByRole('list', { name: '满足各项 SMART 标准的目标数' }).getByRole('listitem');
  await expect.poll(() => criteriaRows.count()).toBe(5);
  const criteriaCounts = (await criteriaRows.allTextContents()).map((row) => Number(/(\d+)$/.exec(row)![1]));
  expect(criteriaCounts).toHaveLength(5);
  expect(criteriaCounts.reduce((a, b) => a + b, 0)).toBe(met);

  // A trainer refresh does not end the session.
  await console_.reload();
  await expect.poll(() => joinCodeShown(console_.getByRole('region', { name: '课堂互动' })).textContent()).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect.poll(() => console_.getByRole('region', { name: '课堂互动' }).getByText('已作答 1 / 3 人').count()).toBe(1);

  expect(errors).toEqual([]);
  for (const p of phones) await p.context.close();
  await trainerContext.close();
});
