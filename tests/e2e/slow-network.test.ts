import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Server } from 'node:http';
import { sharedBrowser } from './chromium';
import { axeViolations } from './axe';
import { startStaticServer } from '../../src/server/static-server';

const browser = sharedBrowser();

let server: Server;
let url: string;
beforeAll(async () => {
  ({ server, url } = await startStaticServer({ root: 'dist', port: 0, log: () => {} }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('on a slow network, a page whose code is still on its way says it is opening instead of staying blank', async () => {
  // No service worker: its cache would hand over the page's code without touching the slow network.
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', serviceWorkers: 'block', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByRole('heading', { level: 1, name: '销售目标学院' }).waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2500, downloadThroughput: 40_000, uploadThroughput: 40_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'SMART 练习' }).click();
  const opening = page.getByRole('status').filter({ hasText: '正在打开页面…' });
  await opening.waitFor({ state: 'visible' });
  // A moment between two pages has no heading of its own: the page's comes with it.
  expect((await axeViolations(page)).filter((v) => !v.startsWith('page-has-heading-one'))).toEqual([]);

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.getByRole('heading', { level: 1, name: 'SMART 目标练习' }).waitFor();
  expect(await opening.count()).toBe(0);
  await context.close();
});
