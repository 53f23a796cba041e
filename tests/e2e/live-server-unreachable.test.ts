import { expect, inject, test } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { joinAs, openLiveRoom } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('a phone that is online but cannot reach the class says the connection is down, not that the phone is offline, and sends the answer once it is back', async () => {
  const { trainer, panel, code } = await openLiveRoom(browser(), baseURL);
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', bypassCSP: true });
  const phone = await context.newPage();
  // The class's server goes away (restarted, or the venue's network loses it) while the phone keeps its own network.
  let serverDown = false;
  const sockets: WebSocketRoute[] = [];
  await phone.routeWebSocket(/\/live\/ws$/, (ws) => {
    if (serverDown) return void ws.close();
    ws.connectToServer();
    sockets.push(ws);
  });
  await joinAs(phone, baseURL, code, '卫五');
  await panel.getByRole('button', { name: '发布测验题' }).click();
  await phone.getByRole('radio').first().waitFor();

  serverDown = true;
  await Promise.all(sockets.map((ws) => ws.close()));
  await phone.getByText('连接中断，正在重新连接…不用刷新页面。').waitFor();
  await phone.getByRole('radio').first().check();
  await phone.getByRole('button', { name: '提交答案' }).click();
  await phone.getByText('与课堂的连接中断了，答案还没有提交成功：连接恢复后会自动发送，请不要关闭此页面。').waitFor();
  expect(await phone.getByText(/你现在处于离线状态/).count()).toBe(0);
  expect(await axeViolations(phone)).toEqual([]);

  serverDown = false;
  await phone.getByText('已收到你的答案，等待讲师公布结果。').waitFor({ timeout: 60_000 });
  await panel.getByText('已作答 1 / 1 人').waitFor();
  await trainer.close();
  await context.close();
});
