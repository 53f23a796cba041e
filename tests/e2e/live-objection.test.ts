import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { axeViolations } from './axe';
import { joinAs, startLiveSession } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('a trainer pushes an objection; two phones answer in their own words; the panel shows the split by LSCPA step with examples and no names', async () => {
  const trainerContext = await browser().newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const console_ = await trainerContext.newPage();
  const errors: string[] = [];
  console_.on('pageerror', (e) => errors.push(e.message));
  await console_.goto(`${baseURL}/present/05-challenges`);
  const { panel, code } = await startLiveSession(console_);

  const replies = { Amy: '能具体说说您是怎么比较这两份报价的吗？', Ben: '好吧，那我直接给您打八折。' };
  const phones = await Promise.all(
    Object.keys(replies).map(async (name, i) => {
      const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: i === 0, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await joinAs(page, baseURL, code, name);
      return { name: name as keyof typeof replies, context, page };
    }),
  );

  await panel.getByLabel('客户异议').selectOption('price');
  await panel.getByRole('button', { name: '推送这个异议' }).click();
  for (const p of phones) await p.page.getByLabel('用自己的话回应客户').waitFor();
  expect((await axeViolations(phones[0]!.page)).join('\n')).toBe('');
  for (const p of phones) {
    await p.page.getByLabel('用自己的话回应客户').fill(replies[p.name]);
    await p.page.getByRole('button', { name: '提交答案' }).click();
  }

  await expect.poll(() => panel.getByText('已作答 2 / 2 人').count()).toBe(1);
  const rows = await panel.getByRole('list', { name: '各选项人数' }).getByRole('listitem').allTextContents();
  expect(rows.find((r) => r.startsWith('倾听'))).toMatch(/1$/);
  expect(rows.find((r) => r.startsWith('不属于 LSCPA 的任何一步'))).toMatch(/1$/);
  const examples = panel.getByRole('region', { name: '全场回答示例' });
  expect(await examples.textContent()).toContain(replies.Amy);
  expect(await examples.textContent()).toContain(replies.Ben);
  expect(await examples.textContent()).not.toMatch(/Amy|Ben/);
  expect((await axeViolations(console_)).join('\n')).toBe('');

  expect(errors).toEqual([]);
  for (const p of phones) await p.context.close();
  await trainerContext.close();
});
