import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { slideSeen } from './reading';
import { takeModuleQuiz } from './quiz-oracle';
import { axeViolations } from './axe';
import { startStaticServer } from '../../src/server/static-server';

const baseURL = inject('baseURL');
const xapiAuth = inject('xapiAuth');
const browser = sharedBrowser();
const slides08 = ['eq-overview', 'eq-and-sales-success', 'listening-and-questioning', 'expressing-and-trust'];
const trainee = { name: '林离线', employeeId: `E8-${Date.now().toString(36)}`, department: '离线验收部' };

interface Stored {
  id: string;
  verb: { id: string };
  object: { id: string };
}

/** What the records server holds for this trainee (read with the full-access credential, as an LRS tool would). */
async function storedStatements(): Promise<Stored[]> {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: trainee.employeeId } });
  const res = await fetch(`${baseURL}/xapi/statements?agent=${encodeURIComponent(agent)}&limit=500`, { headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { statements: Stored[] }).statements;
}

const about08 = (verb: RegExp, object: string) => (s: Stored) => verb.test(s.verb.id) && s.object.id.endsWith(object);

/** Waits until the service worker has precached this version and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/**
 * What the pages of a context load from /assets/ (and whether the service worker answered), and
 * what the worker itself got from the network (nothing, once offline: it answers from its cache).
 */
function networkLog(context: BrowserContext) {
  const log = { assets: [] as { path: string; fromWorker: boolean }[], workerGot: [] as string[] };
  context.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.request().serviceWorker()) log.workerGot.push(pathname);
    else if (pathname.startsWith('/assets/')) log.assets.push({ path: pathname, fromWorker: response.fromServiceWorker() });
  });
  return log;
}

test('once visited, the course works offline: a module never opened is read and its quiz passed; back online, the statements reach the server', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' }, trainee);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const network = networkLog(context);

  // One visit online: the worker installs, precaches the course and takes the page; a reload
  // under it lets it keep the runtime config; the server registers the trainee.
  await page.goto(baseURL);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');
  await controlled(page);
  const configFetches = () => network.workerGot.filter((path) => path === '/config.json').length;
  const fetchedBefore = configFetches();
  await page.reload();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');
  await expect.poll(() => page.evaluate(() => Boolean(JSON.parse(localStorage.getItem('sta:profile') ?? '{}').state?.registration))).toBe(true);
  // The page asks for config.json as it starts, after it is drawn; the worker's answer from the
  // network is waited for, so that it is not counted below as something fetched offline.
  await expect.poll(configFetches).toBeGreaterThan(fetchedBefore);
  const seenOnline = new Set(network.assets.map((a) => a.path));
  expect(network.workerGot).toContain('/index.html'); // the precache was fetched by the worker
  network.assets.length = 0;
  network.workerGot.length = 0;

  // Offline: a reload is answered by the worker.
  await context.setOffline(true);
  const home = await page.reload();
  expect(home?.fromServiceWorker()).toBe(true);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');
  await expect.poll(() => page.getByText('当前处于离线状态：课程照常可用，学习记录会在恢复联网后发送。').count()).toBe(1);

  // Module 08, never opened: its deep links, its text and its quiz come from the precache.
  for (const id of slides08) {
    const response = await page.goto(`${baseURL}/modules/08-eq/${id}`);
    expect(response?.fromServiceWorker()).toBe(true);
    await slideSeen(page, '08-eq', id);
  }
  await page.getByRole('link', { name: /完成本模块/ }).click();
  await takeModuleQuiz(page, page, '08-eq');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('测验结果：情商在销售目标达成中的作用');
  expect(await page.locator('.result__verdict strong').textContent()).toBe('已通过');
  expect(await page.locator('.result__score').textContent()).toBe('100%');

  const firstSeenOffline = network.assets.filter((a) => !seenOnline.has(a.path));
  expect(firstSeenOffline.length).toBeGreaterThan(5); // the reader, module 08's text, its bank, the quiz pages
  expect(network.assets.filter((a) => !a.fromWorker)).toEqual([]);
  expect(network.workerGot).toEqual([]);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '学习记录尚未发送' }).count()).toBe(1);
  expect((await storedStatements()).filter(about08(/\/(passed|failed)$/, '/modules/08-eq/quiz'))).toHaveLength(0);

  // Back online: the queue sends what waited, once.
  await context.setOffline(false);
  await expect.poll(async () => (await storedStatements()).filter(about08(/\/passed$/, '/modules/08-eq/quiz')).length, { timeout: 60_000 }).toBe(1);
  const all = await storedStatements();
  // If this ever fails (it did once in about ten full runs), say what the browser still holds.
  const queued = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('sta-records');
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
        };
      }),
  );
  const emitted = await page.evaluate(() => localStorage.getItem('sta:records-emitted'));
  expect(all.filter(about08(/\/completed$/, '/modules/08-eq')), JSON.stringify({ verbs: all.map((s) => `${s.verb.id.split('/').at(-1)} ${s.object.id.split('/xapi/course')[1]}`), queued, emitted, warnings })).toHaveLength(1);
  expect(all.filter((s) => s.verb.id.endsWith('/answered') && s.object.id.includes('/modules/08-eq/'))).toHaveLength(8);
  expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '学习记录尚未发送' }).count()).toBe(0);
  await expect.poll(() => page.getByText('当前处于离线状态：课程照常可用，学习记录会在恢复联网后发送。').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('a new version waits for the trainee: the banner offers it (and passes axe), “Later” postpones it, “Reload now” activates it', async () => {
  // A copy of the course on its own server, so a new version can be "deployed" under the page.
  const root = mkdtempSync(join(tmpdir(), 'sta-sw-update-'));
  cpSync('dist', root, { recursive: true, filter: (source) => !source.endsWith('.map') });
  const { server, url } = await startStaticServer({ root, port: 0 });
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow', bypassCSP: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await controlled(page);
    const banner = page.locator('.notice').filter({ hasText: '课程有新版本可用。' });
    expect(await banner.count()).toBe(0); // the first install is no update

    // The new version: the same files, another version string, so another cache.
    const worker = readFileSync(join(root, 'sw.js'), 'utf8');
    const version = /const PRECACHE_VERSION = "(\w+)";/.exec(worker)![1]!;
    writeFileSync(join(root, 'sw.js'), worker.replace(`"${version}"`, '"e2e-next"'));
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    await banner.waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');

    // Later: the banner goes and the old version keeps the page; the offer is back on the next load.
    await banner.getByRole('button', { name: '稍后' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toContain(`sta-precache-${version}`);
    await page.reload();
    await banner.waitFor();

    // Reload now: the new version takes over, the page reloads once, the old cache is gone.
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: '立即重新加载' }).click();
    await reloaded;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');
    await expect.poll(async () => (await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('sta-precache-'))).toEqual(['sta-precache-e2e-next']);
    expect(await banner.count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
