import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server';
import { sharedBrowser } from './chromium';
import { unpack } from './packages';
import { takeModuleQuiz } from './quiz-oracle';

const browser = sharedBrowser();
const slides01 = 5;

type Cmi = Record<string, unknown>;

/**
 * A small LMS: scorm-again's run-time API on the host page, the unpacked package in an iframe,
 * served from one loopback server. `previous` is what the LMS kept from the last session.
 */
async function launch(b: Browser, base: string, format: 'scorm12' | 'scorm2004', previous: Cmi) {
  const context = await b.newContext({ viewport: { width: 1280, height: 950 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/host.html`);
  await page.evaluate(
    ([f, prev]) => {
      const w = window as unknown as Record<string, new (settings: object) => { loadFromJSON(json: object): void }>;
      const api = new w[f === 'scorm12' ? 'Scorm12API' : 'Scorm2004API']!({ autocommit: false, logLevel: 5 });
      api.loadFromJSON(prev);
      (window as unknown as Record<string, unknown>)[f === 'scorm12' ? 'API' : 'API_1484_11'] = api;
      const frame = document.createElement('iframe');
      frame.src = `${f}/index.html`;
      frame.title = 'Course';
      document.body.append(frame);
    },
    [format, previous] as const,
  );
  return { context, page, course: page.frameLocator('iframe[title="Course"]'), errors };
}

/** What the LMS holds now, read from its side. */
const cmi = (page: Page, format: 'scorm12' | 'scorm2004') =>
  page.evaluate((f) => JSON.parse(JSON.stringify((window as unknown as Record<string, { cmi: unknown }>)[f === 'scorm12' ? 'API' : 'API_1484_11']!.cmi)) as Record<string, unknown>, format);

async function completeModule01(page: Page, course: ReturnType<Page['frameLocator']>) {
  await course.getByRole('link', { name: '销售目标基础', exact: true }).first().click();
  for (let i = 1; i < slides01; i++) await course.getByRole('link', { name: /下一页/ }).click();
  await course.getByRole('link', { name: /完成本模块/ }).click();
  await takeModuleQuiz(page, course, '01-foundations');
  await expect.poll(() => course.locator('.result__verdict strong').textContent()).toBe('已通过');
}

/** Ends the session as an LMS does when the trainee closes the course: the frame goes away. */
const closeCourse = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.remove());

let base = '';
let dir = '';
let close: () => void = () => {};
beforeAll(async () => {
  dir = unpack('scorm12', undefined, 'scorm12');
  unpack('scorm2004', dir, 'scorm2004');
  for (const f of ['scorm12.min.js', 'scorm2004.min.js']) copyFileSync(`node_modules/scorm-again/dist/${f}`, join(dir, f));
  copyFileSync('tests/e2e/lms/host.html', join(dir, 'host.html'));
  const started = await startStaticServer({ root: dir, port: 0 });
  base = started.url;
  close = () => started.server.close();
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SCORM 1.2', () => {
  test('the LMS names the learner; module 01 completed shows as status, score and suspend data; a relaunch resumes', async () => {
    const first = await launch(browser(), base, 'scorm12', { core: { student_id: 'E-2001', student_name: 'Zhou, Lin', entry: 'ab-initio' } });
    await first.course.getByRole('link', { name: 'Lin Zhou（修改资料）', includeHidden: true }).waitFor({ state: 'attached' }); // in the header's menu when the LMS frame is narrow
    await completeModule01(first.page, first.course);
    await expect.poll(async () => ((await cmi(first.page, 'scorm12')).core as Cmi).score).toMatchObject({ raw: '100', min: '0', max: '100' });
    const during = await cmi(first.page, 'scorm12');
    expect((during.core as Cmi).lesson_status).toBe('incomplete');
    expect(during.suspend_data).toMatch(/^1\|[01;]*\|\d+:1000p/);
    expect(String(during.suspend_data).length).toBeLessThanOrEqual(4096);

    await closeCourse(first.page);
    await expect.poll(async () => ((await cmi(first.page, 'scorm12')).core as Cmi).exit).toBe('suspend');
    const kept = await cmi(first.page, 'scorm12');
    expect((kept.core as Cmi).session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(first.errors).toEqual([]);
    await first.context.close();

    // A new browser: nothing local; everything comes back from the LMS's suspend data.
    const again = await launch(browser(), base, 'scorm12', {
      core: { student_id: 'E-2001', student_name: 'Zhou, Lin', entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: kept.suspend_data,
    });
    const card = again.course.getByRole('article').filter({ has: again.course.getByRole('link', { name: '销售目标基础', exact: true }) });
    await expect.poll(() => card.locator('.status').textContent()).toBe('已完成');
    await again.course.getByRole('link', { name: /继续学习/ }).click();
    await expect.poll(() => again.course.locator('.slide__title').first().textContent()).toBe('第二部分 销售目标制定');
    expect(again.errors).toEqual([]);
    await again.context.close();
  });
});

describe('SCORM 2004', () => {
  test('completion, success, scaled score, progress measure and suspend data; a relaunch resumes', async () => {
    const first = await launch(browser(), base, 'scorm2004', { learner_id: 'E-2002', learner_name: 'Qian, Mo', entry: 'ab-initio' });
    await first.course.getByRole('link', { name: 'Mo Qian（修改资料）', includeHidden: true }).waitFor({ state: 'attached' });
    await completeModule01(first.page, first.course);
    await expect.poll(async () => ((await cmi(first.page, 'scorm2004')).score as Cmi | undefined)?.scaled).toBe('1');
    const during = await cmi(first.page, 'scorm2004');
    expect(during.completion_status).toBe('incomplete');
    expect(during.success_status).toBe('unknown');
    expect(during.progress_measure).toBe('0.1');
    expect(during.suspend_data).toMatch(/^1\|/);

    await closeCourse(first.page);
    await expect.poll(async () => (await cmi(first.page, 'scorm2004')).exit).toBe('suspend');
    const kept = await cmi(first.page, 'scorm2004');
    expect(kept.session_time).toMatch(/^PT/);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const again = await launch(browser(), base, 'scorm2004', { learner_id: 'E-2002', learner_name: 'Qian, Mo', entry: 'resume', suspend_data: kept.suspend_data });
    const card = again.course.getByRole('article').filter({ has: again.course.getByRole('link', { name: '销售目标基础', exact: true }) });
    await expect.poll(() => card.locator('.status').textContent()).toBe('已完成');
    await again.course.getByRole('link', { name: /继续学习/ }).click();
    await expect.poll(() => again.course.locator('.slide__title').first().textContent()).toBe('第二部分 销售目标制定');
    expect(again.errors).toEqual([]);
    await again.context.close();
  });
});
