import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { joinAs, openLiveRoom } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('on a 16:9 projector the revealed SMART goals show all five criteria, each with its count, under the scenario; a quiz question with long answers fits in English on 16:9 and 4:3, and six long poll options shrink to fit', async () => {
  const { trainer, console_, panel, code, stage, projector } = await openLiveRoom(browser(), baseURL);

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

  // The bank's first question has four long answers: in English they wrap to several lines each.
  await panel.getByLabel('本模块题库中的题目').selectOption({ label: '下面哪种说法最完整地概括了“销售目标”是什么？' });
  await panel.getByRole('button', { name: '发布测验题' }).click();
  await panel.getByRole('button', { name: '公布答案' }).click();
  await projector.evaluate(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'system', showNotes: false }, version: 1 })));
  await projector.reload();
  const english = projector.getByRole('region', { name: 'Live session' });
  const answers = english.getByRole('listitem').filter({ hasText: /^A (quantified|number|to-do|forecast)/ });
  await expect.poll(() => answers.count()).toBe(4);
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ]) {
    await projector.setViewportSize({ width: width!, height: height! });
    // Every answer, its count included, is whole on the screen once the type has settled to the new size.
    await expect
      .poll(async () => (await answers.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))).filter((b) => b.bottom > height! || b.right > width!).length, { message: `${width}×${height}` })
      .toBe(0);
  }

  // Six poll options as long as a trainer may type them: the type shrinks until all six fit. (The
  // console follows the projector's language: the two tabs share the browser's settings.)
  const options = Array.from({ length: 6 }, (_, i) => `Option ${i + 1}: ${'a long answer the trainer typed out in full for the room to weigh '.repeat(3)}`.slice(0, 190));
  await console_.getByLabel('Poll question').fill('Which of these should we do first?');
  await console_.getByLabel('Poll options (one per line, 2 to 6)').fill(options.join('\n'));
  await console_.getByRole('button', { name: 'Push poll' }).click();
  const pollRows = english.getByRole('listitem').filter({ hasText: /^Option \d:/ });
  await expect.poll(() => pollRows.count()).toBe(6);
  await expect
    .poll(async () => (await pollRows.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))).filter((bottom) => bottom > 768).length, { message: 'six long poll options at 1024×768' })
    .toBe(0);
  await trainer.close();
  await phone.context().close();
});
