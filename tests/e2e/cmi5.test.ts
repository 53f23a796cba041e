import { getRequestListener } from '@hono/node-server';
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { openStorage } from '../../src/server/storage/open';
import { loadCourseIndex } from '../../src/server/course-index';
import { hashPassword } from '../../src/server/hr/password';
import { startStaticServer } from '../../src/server/static-server';
import { durationMs, encodeSuspendData, resumableFrom, emptyProgress, markSeen, type QuizAttempt, type Progress } from '../../src/domain';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { sharedBrowser } from './chromium';
import { unpack } from './packages';
import { answer } from './quiz-oracle';

const browser = sharedBrowser();
// The packages are built without an IRI base in the e2e setup, so the URN default names them.
const COURSE = 'urn:sales-target-academy:course';
const AU = `${COURSE}:au`;
const RESUME = 'sales-target-academy.resume';
const actor = { objectType: 'Agent', name: '孙学员', account: { homePage: 'https://lms.example.com', name: 'L-3001' } };
const registration = randomUUID();
const basic = Buffer.from('lrs:pw').toString('base64');
const xapi = { Authorization: `Basic ${basic}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };

let base = '';
let dir = '';
let stop: () => void = () => {};
let fetches = 0;
// Each launch has its own fetch URL; each hands out its token once.
const fetchedBy = new Map<string, number>();

/**
 * The LMS side, on one loopback origin: the unpacked AU, the records server's LRS under /xapi/,
 * and a fetch URL that hands out the auth token once and refuses every later call (cmi5 8.2).
 */
beforeAll(async () => {
  dir = unpack('cmi5');
  // The package with one AU per module, served beside it.
  unpack('cmi5-modules', dir, 'modules');
  const app = createApp({ sql: await openStorage({ dataDir: ':memory:' }), xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: await hashPassword('hr'), modules: loadCourseIndex('dist') });
  const lrs = getRequestListener(app.fetch);
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/fetch')) return lrs(req, res);
    fetches += 1;
    const times = (fetchedBy.get(req.url) ?? 0) + 1;
    fetchedBy.set(req.url, times);
    // A launch whose token the LRS will refuse (expired, or from another LRS).
    const token = req.url.includes('refused') ? Buffer.from('lrs:expired').toString('base64') : basic;
    const body = times === 1 ? { 'auth-token': token } : { 'error-code': '1', 'error-text': 'The auth token was already fetched' };
    res.writeHead(times === 1 ? 200 : 400, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  const started = await startStaticServer({ root: dir, port: 0, api: { prefixes: ['/xapi/', '/fetch'], listener } });
  base = started.url;
  stop = () => started.server.close();
});
afterAll(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

const stateUrl = (stateId: string, activityId = AU, reg: string = registration) => `${base}/xapi/activities/state?${new URLSearchParams({ stateId, activityId, agent: JSON.stringify(actor), registration: reg })}`;

type Statement = { verb: { id: string }; object: { id: string }; timestamp: string; result?: Record<string, unknown>; context: { registration: string; contextActivities: { category?: { id: string }[] } } };
async function statements(reg: string): Promise<Statement[]> {
  const res = await fetch(`${base}/xapi/statements?registration=${reg}&ascending=true`, { headers: xapi });
  return ((await res.json()) as { statements: Statement[] }).statements;
}

/** What an LMS does before launching an AU: the launch data, and `launched`. */
async function prepareLaunch(au: string, reg: string, moveOn: string, masteryScore?: number) {
  const contextTemplate = { contextActivities: { grouping: [{ objectType: 'Activity', id: COURSE }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() } };
  const put = await fetch(stateUrl('LMS.LaunchData', au, reg), { method: 'PUT', headers: xapi, body: JSON.stringify({ contextTemplate, launchMode: 'Normal', moveOn, ...(masteryScore === undefined ? {} : { masteryScore }) }) });
  expect(put.status).toBe(204);
  const launched = {
    id: randomUUID(),
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
    object: { objectType: 'Activity', id: au },
    context: { ...contextTemplate, registration: reg, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { ...contextTemplate.extensions, 'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal', 'https://w3id.org/xapi/cmi5/context/extensions/moveon': moveOn } },
    timestamp: new Date().toISOString(),
  };
  expect((await fetch(`${base}/xapi/statements`, { method: 'POST', headers: xapi, body: JSON.stringify(launched) })).status).toBe(200);
}

test('launched by the LMS, then initialized … completed, passed, terminated, in cmi5 order; the token survives a reload', async () => {
  // What an LMS does before launching: the launch data, and `launched`.
  const sessionId = randomUUID();
  const contextTemplate = { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.com/courses/sta' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } };
  const put = await fetch(stateUrl('LMS.LaunchData'), { method: 'PUT', headers: xapi, body: JSON.stringify({ contextTemplate, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.8 }) });
  expect(put.status).toBe(204);
  const launched = {
    id: randomUUID(),
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
    object: { objectType: 'Activity', id: AU },
    context: { ...contextTemplate, registration, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { ...contextTemplate.extensions, 'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal', 'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'CompletedAndPassed' } },
    timestamp: new Date().toISOString(),
  };
  expect((await fetch(`${base}/xapi/statements`, { method: 'POST', headers: xapi, body: JSON.stringify(launched) })).status).toBe(200);

  // The learner comes back to a course read to the end with every quiz but the last passed:
  // the AU's resume state, as an earlier session left it in the LRS.
  const root = new URL('../../', import.meta.url).pathname;
  const course = validateCourse(readCourseFiles(root), readQuizFiles(root)).manifest;
  const outline = course.moduleIds.map((id) => ({ id, slideIds: course.modules['zh-CN'][id]!.slides.map((s) => s.id), hasQuiz: Boolean(course.modules['zh-CN'][id]!.quiz) }));
  let progress: Progress = emptyProgress;
  for (const m of outline) for (const s of m.slideIds) progress = markSeen(progress, m.id, s, '2026-11-20T09:00:00.000Z');
  const passedBefore: QuizAttempt[] = outline
    .filter((m) => m.hasQuiz && m.id !== '09-practice')
    .map((m) => ({ id: m.id, quizId: m.id, seed: 's', items: [], answers: {}, score: 0.9, passed: true, startedAt: '2026-11-20T09:00:00.000Z', endedAt: '2026-11-20T09:00:00.000Z' }));
  const resume = encodeSuspendData(resumableFrom(progress, passedBefore), outline);
  expect((await fetch(stateUrl(RESUME, COURSE), { method: 'PUT', headers: { ...xapi, 'Content-Type': 'text/plain' }, body: resume })).status).toBe(204);

  const launchUrl = `${base}/index.html?${new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: `${base}/fetch`, actor: JSON.stringify(actor), registration, activityId: AU })}`;
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(launchUrl);
  await page.getByRole('button', { name: '退出课程' }).waitFor();

  const verbs = async () => {
    const res = await fetch(`${base}/xapi/statements?registration=${registration}&ascending=true`, { headers: xapi });
    const body = (await res.json()) as { statements: Statement[] };
    return body.statements;
  };
  const names = async () => (await verbs()).map((s) => s.verb.id.split('/').at(-1));
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed']);

  // A reload keeps the session: the token is not fetched again (the LMS would refuse), nothing is sent twice,
  // and durations still count from the launch (the reload comes a good while after it, so a restart shows).
  const initializedAt = Date.parse((await verbs())[1]!.timestamp);
  await expect.poll(() => Date.now() - initializedAt, { timeout: 60_000 }).toBeGreaterThan(2_500);
  await page.reload();
  await page.getByRole('button', { name: '退出课程' }).waitFor();
  expect(fetches).toBe(1);

  // The last quiz, passed in the course.
  await page.goto(`${launchUrl}#/modules/09-practice/quiz`);
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  const count = await page.getByRole('region', { name: /^第 \d+ 题，共 \d+ 题$/ }).count();
  for (let n = 1; n <= count; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 ${count} 题` }), '09-practice', true);
  await page.getByRole('button', { name: '提交测验' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed', 'passed']);

  await page.getByRole('button', { name: '退出课程' }).click();
  await page.getByRole('status').filter({ hasText: '你已退出本课程' }).waitFor();
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed', 'passed', 'terminated']);
  expect(fetches).toBe(1);

  const list = await verbs();
  for (const s of list.slice(1)) {
    expect(s.object.id).toBe(AU);
    expect(s.context.registration).toBe(registration);
    expect(s.context.contextActivities.category?.map((c) => c.id)).toContain('https://w3id.org/xapi/cmi5/context/categories/cmi5');
  }
  const [, initialized, completed, passed, terminated] = list;
  expect(initialized!.result).toBeUndefined();
  expect(completed!.result).toMatchObject({ completion: true, duration: expect.stringMatching(/^PT/) });
  expect(completed!.result!.score).toBeUndefined();
  expect(passed!.result).toMatchObject({ success: true, duration: expect.stringMatching(/^PT/) });
  expect((passed!.result!.score as { scaled: number }).scaled).toBeGreaterThanOrEqual(0.8);
  expect(terminated!.result).toMatchObject({ duration: expect.stringMatching(/^PT/) });
  // The whole session, reload included: at least the time from initialized to terminated.
  expect(durationMs(terminated!.result!.duration)).toBeGreaterThanOrEqual(Date.parse(terminated!.timestamp) - Date.parse(initialized!.timestamp) - 500);
  expect(terminated!.result!.score).toBeUndefined();
  for (const s of [completed!, passed!]) expect(s.context.contextActivities.category?.map((c) => c.id)).toContain('https://w3id.org/xapi/cmi5/context/categories/moveon');
  expect(errors).toEqual([]);
  await context.close();
});

test('one AU per module: each AU launched on its own opens its module and says completed and passed for that module alone, in cmi5 order', async () => {
  const reg = randomUUID();
  const au = `${COURSE}:au:01-foundations`;
  await prepareLaunch(au, reg, 'CompletedAndPassed', 0.8);
  const fetchUrl = `${base}/fetch?launch=${randomUUID()}`;
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/modules/index.html?au=01-foundations&${new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: fetchUrl, actor: JSON.stringify(actor), registration: reg, activityId: au })}`);
  // The AU opens its module, not the course's home page.
  await expect.poll(() => page.locator('.slide__title').first().textContent()).toMatch(/销售目标/);
  expect(new URL(page.url()).hash).toMatch(/^#\/modules\/01-foundations\//);
  const names = async () => (await statements(reg)).map((x) => x.verb.id.split('/').at(-1));
  await expect.poll(names).toEqual(['launched', 'initialized']);

  for (let i = 1; i < 5; i++) await page.getByRole('link', { name: /下一页/ }).click();
  await page.getByRole('link', { name: /完成本模块/ }).click();
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed']);
  await page.getByRole('link', { name: '参加本模块测验' }).click();
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), '01-foundations', true);
  await page.getByRole('button', { name: '提交测验' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed', 'passed']);
  await page.getByRole('button', { name: '退出课程' }).click();
  await expect.poll(names).toEqual(['launched', 'initialized', 'completed', 'passed', 'terminated']);
  expect(fetchedBy.get(new URL(fetchUrl).pathname + new URL(fetchUrl).search)).toBe(1);
  for (const x of (await statements(reg)).slice(1)) expect(x.object.id).toBe(au);
  const passed = (await statements(reg))[3]!;
  expect((passed.result!.score as { scaled: number }).scaled).toBe(1);
  await context.close();

  // The next AU, module 02, in the same registration: a session of its own, nothing of module 01's sent again,
  // and module 01's progress is still there (kept under the course, not the AU).
  const au2 = `${COURSE}:au:02-setting`;
  await prepareLaunch(au2, reg, 'CompletedAndPassed', 0.8);
  const second = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page2 = await second.newPage();
  page2.on('pageerror', (e) => errors.push(e.message));
  await page2.goto(`${base}/modules/index.html?au=02-setting&${new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: `${base}/fetch?launch=${randomUUID()}`, actor: JSON.stringify(actor), registration: reg, activityId: au2 })}`);
  await expect.poll(() => page2.locator('.slide__title').first().textContent()).toBe('第二部分 销售目标制定');
  await expect.poll(async () => (await statements(reg)).filter((x) => x.object.id === au2).map((x) => x.verb.id.split('/').at(-1))).toEqual(['launched', 'initialized']);
  const resume = await fetch(stateUrl(RESUME, COURSE, reg), { headers: xapi });
  expect(await resume.text()).toMatch(/^1\|;1{5};[^|]*\|1:1000p/);
  await page2.getByRole('button', { name: '退出课程' }).click();
  await expect.poll(async () => (await statements(reg)).filter((x) => x.object.id === au2).map((x) => x.verb.id.split('/').at(-1))).toEqual(['launched', 'initialized', 'terminated']);
  expect(errors).toEqual([]);
  await second.close();
});

test('a token the LRS refuses does not leave a blank page: the course opens, its progress kept in the browser', async () => {
  const reg = randomUUID();
  await prepareLaunch(AU, reg, 'Completed');
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/index.html?au=01-foundations&${new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: `${base}/fetch?refused=${randomUUID()}`, actor: JSON.stringify(actor), registration: reg, activityId: AU })}`);
  // Same-origin, a refusal with a Basic challenge would make the browser wait for a password that never comes.
  await expect.poll(() => page.locator('.slide__title').first().textContent()).toBe('第一部分 销售目标基础');
  await page.getByRole('main').waitFor();
  expect((await statements(reg)).map((x) => x.verb.id.split('/').at(-1))).toEqual(['launched']);
  await context.close();
});
