import { expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

/** A browser whose storage is full (or a private window that allows none): every write throws. */
const refuseStorage = (context: BrowserContext) =>
  context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

test('with storage full, a trainer still runs a live session and a phone still joins it, and the phone is told nothing is kept', async () => {
  const trainer = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  await refuseStorage(trainer);
  const console_ = await trainer.newPage();
  await console_.goto(`${baseURL}/present/01-foundations`);
  const panel = console_.getByRole('region', { name: '课堂互动' });
  await panel.getByRole('button', { name: '开始课堂互动' }).click();
  const code = (await panel.getByText(/^\d{3} \d{3}$/).textContent())!.replace(/\s/g, '');

  const phoneContext = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', bypassCSP: true });
  await refuseStorage(phoneContext);
  const phone = await phoneContext.newPage();
  await phone.goto(`${baseURL}/join`);
  await phone.getByLabel('加入码').fill(code);
  await phone.getByLabel('你的名字').fill('周七');
  await phone.getByRole('button', { name: '加入', exact: true }).click();
  await phone.getByText('等待讲师发布题目…').waitFor();
  expect(await phone.getByText('无法连接服务器').count()).toBe(0);
  await expect.poll(() => phone.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('请先不要关闭或刷新这个页面'));
  await panel.getByText('已加入 1 人，在线 1 人').waitFor();
  expect(await axeViolations(phone)).toEqual([]);
  await trainer.close();
  await phoneContext.close();
});
