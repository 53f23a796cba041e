import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { joinAs, openLiveRoom } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('on a 16:9 projector the revealed SMART goals show all five criteria, each with its count, under the scenario', async () => {
  const { trainer, panel, code, stage } = await openLiveRoom(browser(), baseURL);

  const phone = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage();
  await joinAs(phone, baseURL, code, '李雷');

  await panel.getByRole('button', { name: '发起 SMART 目标征集' }).click();
  await phone.getByLabel('你的 SMART 目标').fill('在2027年6月30日前，把华东区企业级客户的新签合同额从1,200万元提升到1,500万元，每周拜访15家重点客户。');
  await phone.getByRole('button', { name: '提交答案' }).click();
  await stage.getByText('已作答 1 人').waitFor();
  await panel.getByRole('button', { name: '公布答案' }).click();
  const rows = stage.getByRole('listitem').filter({ hasText: /^(具体|可衡量|可实现|相关|有时限)/ });
  await expect.poll(() => rows.count()).toBe(5);
  // Every criterion's row, its count included, is on the screen: nothing is cut off at the bottom.
  for (const box of await rows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) expect(box.bottom).toBeLessThanOrEqual(720);
  await trainer.close();
  await phone.context().close();
});
