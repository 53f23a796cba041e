import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { REVIEW_EXTENSION, scheduleAnswer, type QuizItem } from '../../src/domain';
import { axeViolations } from './axe';
import { sharedBrowser, traineeContext } from './chromium';
import { answer, banks, findItem } from './quiz-oracle';

const baseURL = inject('baseURL');
const xapiAuth = inject('xapiAuth');
const browser = sharedBrowser();
const root = new URL('../../', import.meta.url).pathname;
const { manifest } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const modules = manifest.moduleIds.map((id) => manifest.modules['zh-CN'][id]!);
const DAY = 86_400_000;
// 09:00 UTC on a Monday; the browser runs in UTC so the test knows its calendar days.
const T0 = Date.UTC(2026, 11, 7, 9);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const zhDate = (ms: number) => new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);

/** A context on the fake clock, with module 01 (or every module) already read. */
async function clockedContext(trainee: { name: string; employeeId: string; department: string }, extra: Parameters<typeof traineeContext>[1] = {}) {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', ...extra }, trainee);
  await context.clock.install({ time: T0 });
  const m01 = modules.find((m) => m.id === '01-foundations')!;
  await context.addInitScript(
    ({ slides, at }) => {
      if (!localStorage.getItem('sta:progress')) localStorage.setItem('sta:progress', JSON.stringify({ state: { modules: { '01-foundations': { seen: Object.fromEntries(slides.map((s) => [s, at])) } } }, version: 2 }));
    },
    { slides: m01.slides.map((s) => s.id), at: new Date(T0 - DAY).toISOString() },
  );
  return context;
}

/** The module a question on screen comes from, found by its prompt in every bank. */
function moduleOf(prompt: string): string {
  const id = Object.keys(banks).find((m) => banks[m]!.items.some((i) => i.prompt['zh-CN'] === prompt.trim()));
  if (!id) throw new Error(`No bank has "${prompt}"`);
  return id;
}

/** Answers partly right on purpose: all right options plus one wrong; or two matches swapped. */
async function partlyRight(question: Locator, item: QuizItem) {
  const zh = (t: { 'zh-CN': string }) => t['zh-CN'];
  if (item.type === 'multiple') {
    for (const o of item.options.filter((x) => x.correct)) await question.getByRole('checkbox', { name: zh(o.text), exact: true }).check();
    await question.getByRole('checkbox', { name: zh(item.options.find((x) => !x.correct)!.text), exact: true }).check();
  } else if (item.type === 'matching') {
    const [p, q, ...rest] = item.pairs;
    await question.getByRole('combobox', { name: zh(p!.left), exact: true }).selectOption({ label: zh(q!.right) });
    await question.getByRole('combobox', { name: zh(q!.left), exact: true }).selectOption({ label: zh(p!.right) });
    for (const r of rest) await question.getByRole('combobox', { name: zh(r.left), exact: true }).selectOption({ label: zh(r.right) });
  } else throw new Error(`not a partial-credit item: ${item.type}`);
}

async function storedFor(employeeId: string) {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
  const res = await fetch(`${baseURL}/xapi/statements?agent=${encodeURIComponent(agent)}&limit=500`, { headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { statements: { verb: { id: string }; object: { id: string }; context?: { extensions?: Record<string, unknown> }; result?: { success?: boolean } }[] }).statements;
}

/** Answers every question of a review session right, checking each and moving on. */
async function reviewAll(page: Page, total: number): Promise<string[]> {
  const shown: string[] = [];
  for (let n = 1; n <= total; n++) {
    const region = page.getByRole('region', { name: `复习第 ${n} 题，共 ${total} 题` });
    const prompt = await region.locator('.question__prompt').innerText();
    shown.push((await answer(page, region, moduleOf(prompt), true)).id);
    await region.getByRole('button', { name: '检查答案' }).click();
    await expect.poll(() => region.locator('.feedback__status').textContent()).toMatch(/回答正确/);
    // Feedback links back to the slide, as in quizzes.
    expect(await region.locator('.feedback a').count()).toBe(1);
    await region.getByRole('button', { name: n === total ? '完成复习' : '下一题' }).click();
  }
  return shown;
}

test('a trainee passes module 01 with two items wrong, reviews them the next day, adds the check-ins to a calendar, and gets the two-week check-in', async () => {
  const trainee = { name: '复习学员', employeeId: `E22-${Date.now().toString(36)}`, department: '复习验收部' };
  const context = await clockedContext(trainee);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Module 01's quiz: every item right except the multiple-response and the matching one, partly right.
  await page.goto(`${baseURL}/modules/01-foundations/done`);
  await page.getByRole('link', { name: '参加本模块测验' }).click();
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  const missed: string[] = [];
  const missedTypes = new Set<string>(); // a draw always has one of each type; a second of a type is answered right
  for (let n = 1; n <= 8; n++) {
    const question = page.getByRole('region', { name: `第 ${n} 题，共 8 题` });
    const item = findItem('01-foundations', await question.locator('.question__prompt').innerText());
    if ((item.type === 'multiple' || item.type === 'matching') && !missedTypes.has(item.type)) {
      await partlyRight(question, item);
      missed.push(item.id);
      missedTypes.add(item.type);
    } else await answer(page, question, '01-foundations', true);
  }
  expect(missed).toHaveLength(2);
  await page.getByRole('button', { name: '提交测验' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');

  // Home: nothing due today, the next review tomorrow.
  await page.goto(baseURL);
  const summary = page.getByRole('region', { name: '复习' });
  await expect.poll(() => summary.textContent()).toContain(`今天没有待复习的题目。下次复习：${zhDate(T0 + DAY)}。`);

  // The next day, the two items missed are due.
  await page.clock.setSystemTime(T0 + DAY);
  await page.reload();
  await expect.poll(() => summary.textContent()).toContain('今天有 2 道题待复习。');
  await summary.getByRole('link', { name: '进入复习' }).click();
  await page.getByRole('button', { name: '复习 2 道题（约 5 分钟）' }).click();
  const shown = await reviewAll(page, 2);
  expect(shown.sort()).toEqual([...missed].sort());
  await expect.poll(() => page.getByRole('status').filter({ hasText: '复习完成' }).textContent()).toBe('复习完成：答对 2 题，共 2 题。坚持复习，记得更牢。');
  const nextLine = page.getByText(/^今天没有待复习的题目。下次复习：/);
  await nextLine.waitFor();
  expect(await page.getByText('连续复习 1 天。', { exact: false }).count()).toBe(1);

  // Each review answer reached the server as an `answered` statement marked as review.
  await expect
    .poll(async () => (await storedFor(trainee.employeeId)).filter((s) => s.verb.id.endsWith('/answered') && s.context?.extensions?.[REVIEW_EXTENSION]).length, { timeout: 60_000 })
    .toBe(2);

  // The rest of the course, completed today (its reading and quizzes have their own tests).
  const at = new Date(T0 + DAY).toISOString();
  await page.evaluate(
    ({ modules, at }) => {
      const progress = JSON.parse(localStorage.getItem('sta:progress')!);
      for (const m of modules) progress.state.modules[m.id] = { seen: Object.fromEntries(m.slides.map((s) => [s, at])) };
      localStorage.setItem('sta:progress', JSON.stringify(progress));
      const quiz = JSON.parse(localStorage.getItem('sta:quiz')!);
      const ids = [...modules.filter((m) => m.quiz && m.id !== '01-foundations').map((m) => m.id), 'final'];
      for (const id of ids) quiz.state.attempts.push({ id: `${id}-e2e`, quizId: id, seed: 'e2e', items: [], answers: {}, score: 0.9, passed: true, startedAt: at, endedAt: at });
      localStorage.setItem('sta:quiz', JSON.stringify(quiz));
      // Taken elsewhere: this browser has nothing to send the server for them (it would refuse answers it never drew).
      const ledger = JSON.parse(localStorage.getItem('sta:records-emitted')!);
      ledger.state.attempts.push(...ids.map((id) => `${id}-e2e`));
      localStorage.setItem('sta:records-emitted', JSON.stringify(ledger));
    },
    { modules: modules.map((m) => ({ id: m.id, quiz: Boolean(m.quiz), slides: m.slides.map((s) => s.id) })), at },
  );
  await page.reload();

  // "Add to calendar": the check-ins as all-day events, read back from the downloaded file.
  const completed = T0 + DAY;
  const dates = { twoWeeks: isoDay(completed + 14 * DAY), oneMonth: '2027-01-08', quarterEnd: '2027-03-31' };
  const checkIns = page.getByRole('region', { name: '课后跟进' });
  await expect.poll(() => checkIns.textContent()).toContain('两周跟进');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '添加到日历（.ics）' }).click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  const unfolded = ics.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1).map((e) => e.slice(0, e.indexOf('END:VEVENT')));
  expect(events.length).toBeGreaterThanOrEqual(3);
  for (const e of events) {
    expect(e).toMatch(/\r\nUID:\S+@sales-target-academy\r\n/);
    expect(e).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(e).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
    expect(e).toContain(`\r\nURL:${baseURL}/review\r\n`);
  }
  const starts = events.map((e) => e.match(/DTSTART;VALUE=DATE:(\d{8})/)![1]);
  for (const d of Object.values(dates)) expect(starts).toContain(d.replace(/-/g, ''));
  expect(unfolded).toContain('SUMMARY:两周跟进');

  // Two weeks on, the two-week check-in is open: a mixed quiz and the action-plan questions.
  await page.clock.setSystemTime(completed + 14 * DAY);
  await page.reload();
  await checkIns.getByRole('link', { name: '开始两周跟进' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('两周跟进');
  await page.getByRole('button', { name: '保存本次跟进' }).click();
  expect(await page.getByRole('alert').textContent()).toContain('请先回答以下问题');
  const questions = page.getByRole('group').filter({ has: page.locator('.question__prompt') });
  const count = await questions.count();
  expect(count).toBe(6);
  const fromModules = new Set<string>();
  for (let n = 0; n < count; n++) {
    const q = questions.nth(n);
    const moduleId = moduleOf(await q.locator('.question__prompt').innerText());
    fromModules.add(moduleId);
    await answer(page, q, moduleId, true);
  }
  expect(fromModules.size).toBe(6);
  await page.getByRole('group', { name: '你的目标是否已确定，并按季度、月度、产品、区域和个人分解？' }).getByRole('radio', { name: '是' }).check();
  await page.getByRole('group', { name: '你是否已对照目标检查销售漏斗流程？' }).getByRole('radio', { name: '部分完成' }).check();
  await page.getByRole('textbox', { name: '你准备如何优化目标体系？（选填）' }).fill('按月复盘漏斗转化率');
  await page.getByRole('button', { name: '保存本次跟进' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存本次跟进' }).textContent()).toBe('已保存本次跟进。测验得分：100%。');

  // Saved on the device, and recorded as a statement of its own.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('sta:review')!).state.followUps);
  expect(saved).toEqual([expect.objectContaining({ id: 'two-weeks', score: 1, items: 6, answers: { targetsFinal: 'done', funnelReviewed: 'partly', note: '按月复盘漏斗转化率' } })]);
  await expect
    .poll(async () => (await storedFor(trainee.employeeId)).filter((s) => s.verb.id.endsWith('/completed') && s.object.id.endsWith('/follow-ups/two-weeks')).length, { timeout: 60_000 })
    .toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

/**
 * A trainee who completed the course 15 days ago (the two-week check-in is open) and has three
 * module 01 questions due: the stores as the course writes them, before the first page runs.
 */
async function seedDueDeck(context: BrowserContext, locale: 'zh-CN' | 'en') {
  const done = new Date(T0 - 15 * DAY).toISOString();
  const cards = Object.fromEntries(
    banks['01-foundations']!.items.slice(0, 3).map((item) => {
      const card = scheduleAnswer(undefined, '01-foundations', item.id, 0, new Date(T0 - 2 * DAY).toISOString());
      return [card.key, card];
    }),
  );
  const attempts = [...modules.filter((m) => m.quiz).map((m) => m.id), 'final'].map((id) => ({ id: `${id}-seed`, quizId: id, seed: 's', items: [], answers: {}, score: 0.9, passed: true, startedAt: done, endedAt: done }));
  const stores = {
    'sta:settings': { state: { locale, theme: 'light', showNotes: false }, version: 1 },
    'sta:progress': { state: { modules: Object.fromEntries(modules.map((m) => [m.id, { seen: Object.fromEntries(m.slides.map((s) => [s.id, done])) }])) }, version: 2 },
    'sta:quiz': { state: { attempts, active: {} }, version: 1 },
    'sta:review': { state: { cards, answers: [], followUps: [], seededAttempts: attempts.map((a) => a.id) }, version: 1 },
  };
  await context.addInitScript((seed) => {
    if (localStorage.getItem('sta:review')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, JSON.stringify(value));
  }, stores);
}

test.each(['zh-CN', 'en'] as const)('axe finds nothing on the review page, a review question with its feedback, and a check-in (%s)', async (locale) => {
  const en = locale === 'en';
  const context = await clockedContext({ name: 'Axe Review', employeeId: `E22-axe-${locale}-${Date.now().toString(36)}`, department: 'QA' }, { bypassCSP: true });
  await seedDueDeck(context, locale);
  const page = await context.newPage();
  await page.goto(`${baseURL}/review`);
  const start = page.getByRole('button', { name: en ? 'Review 3 questions (about 5 minutes)' : '复习 3 道题（约 5 分钟）' });
  await start.waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  // Keyboard only: the session starts from the keyboard and the first prompt takes focus.
  await start.focus();
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: en ? 'Review question 1 of 3' : '复习第 1 题，共 3 题' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('question__prompt');
  expect((await axeViolations(page)).join('\n')).toBe('');
  // In Chinese a wrong answer shows the feedback; in English checking with no answer shows the error.
  if (!en) await answer(page, region, '01-foundations', false);
  await region.getByRole('button', { name: en ? 'Check answer' : '检查答案' }).click();
  await (en ? region.getByRole('alert').filter({ hasText: 'Choose or enter an answer first.' }) : region.locator('.feedback__explanation')).waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  await page.goto(`${baseURL}/review/check-in/two-weeks`);
  await page.getByRole('button', { name: en ? 'Save the check-in' : '保存本次跟进' }).waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

test('offline, once visited: the review page, its scheduler and the questions come from the service worker', async () => {
  const context = await clockedContext({ name: '离线复习', employeeId: `E22-off-${Date.now().toString(36)}`, department: 'QA' }, { serviceWorkers: 'allow' });
  await seedDueDeck(context, 'zh-CN');
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  const precache = await (await fetch(`${baseURL}/sw.js`)).text();
  expect(precache).toMatch(/"\/assets\/review-pages-[\w-]+\.js"/);
  expect(precache).toMatch(/"\/assets\/review-scheduling-[\w-]+\.js"/);

  await context.setOffline(true);
  await page.goto(`${baseURL}/review`);
  await page.getByRole('button', { name: '复习 3 道题（约 5 分钟）' }).click();
  const region = page.getByRole('region', { name: '复习第 1 题，共 3 题' });
  await answer(page, region, '01-foundations', true);
  await region.getByRole('button', { name: '检查答案' }).click();
  await expect.poll(() => region.locator('.feedback__status').textContent()).toMatch(/回答正确/);
  // The answer moved the card: the scheduler ran offline.
  const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('sta:review')!).state.answers.length);
  expect(answers).toBe(1);
  await context.close();
});
