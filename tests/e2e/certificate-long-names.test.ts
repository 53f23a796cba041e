import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { DEFAULT_HOME_PAGE, PROFILE_LIMITS } from '../../src/domain';
import { bearer, readModule, register, takeQuiz } from '../server/quiz-attempts';
import { sharedBrowser, traineeContext } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const root = new URL('../../', import.meta.url).pathname;
const { manifest, banks } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const modules = manifest.moduleIds.map((id) => manifest.modules['zh-CN'][id]!);
const AT = '2026-11-27T12:00:00.000Z';
const mm = 96 / 25.4;
const A4_AREA = { width: Math.floor((210 - 24) * mm), height: Math.floor((297 - 24) * mm) };

/** A trainee with the longest name and department the welcome form takes, whose course is complete on the server and in their browser. */
async function longNamedTrainee(suffix: string, name = '欧阳慧敏'.repeat(PROFILE_LIMITS.name / 4), viewport = { width: 1280, height: 900 }) {
  const who = { name, employeeId: `LN-${suffix}-${Date.now().toString(36)}`, department: '华东区大客户销售部'.repeat(7).slice(0, PROFILE_LIMITS.department) };
  const token = await register(baseURL, who);
  for (const m of modules) await readModule(baseURL, token, who, m.id, AT);
  for (const m of modules) if (m.quiz) await takeQuiz(baseURL, token, banks, m.id, AT);
  await takeQuiz(baseURL, token, banks, 'final', AT);
  expect((await fetch(`${baseURL}/api/certificates`, { method: 'POST', headers: bearer(token) })).status).toBe(201);
  const context = await traineeContext(browser(), { viewport }, who);
  const attempt = (quizId: string) => ({ id: `${quizId}-long`, quizId, seed: 'e2e', items: [], answers: {}, score: 1, passed: true, startedAt: AT, endedAt: AT });
  const attempts = [...modules.filter((m) => m.quiz).map((m) => attempt(m.id)), attempt('final')];
  const stores = {
    'sta:records-emitted': { state: { modulesRead: modules.map((m) => m.id), courseCompleted: true, attempts: attempts.map((a) => a.id), runs: [], goals: [] }, version: 1 },
    'sta:profile': { state: { profile: who, registration: { token, homePage: DEFAULT_HOME_PAGE, for: who } }, version: 1 },
    'sta:progress': { state: { modules: Object.fromEntries(modules.map((m) => [m.id, { seen: Object.fromEntries(m.slides.map((s) => [s.id, AT])) }])) }, version: 2 },
    'sta:quiz': { state: { attempts, active: {} }, version: 1 },
  };
  await context.addInitScript((seed) => {
    if (localStorage.getItem('sta:quiz')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, JSON.stringify(value));
  }, stores);
  return context;
}

/** What of the certificate is drawn outside its sheet, which print cuts off at the page's edge. */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const sheet = document.querySelector('.certificate-sheet')!;
    const edge = sheet.getBoundingClientRect();
    return [...sheet.querySelectorAll('p, dt, dd, svg, a')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && (box.bottom > edge.bottom + 0.5 || box.left < edge.left - 0.5 || box.right > edge.right + 0.5);
      })
      .map((el) => el.textContent);
  });

test.each([
  ['中文', '结业证书'],
  ['English', 'Certificate of Completion'],
])('the longest name and department print in %s with the verification code still on the page', async (language, title) => {
  const context = await longNamedTrainee(language === 'English' ? 'en' : 'zh');
  const page = await context.newPage();
  await page.goto(`${baseURL}/certificate`);
  if (language === 'English') await page.getByRole('button', { name: 'English' }).click();
  const sheet = page.getByRole('article', { name: title });
  await sheet.locator('.certificate-code').waitFor({ timeout: 60_000 });

  // Laid out as on paper: the A4 page's area inside the certificate's 12 mm margins.
  await page.setViewportSize(A4_AREA);
  await page.emulateMedia({ media: 'print' });
  expect(await cutOff(page)).toEqual([]);
  const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  expect([...pdf.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)]).toHaveLength(1);
  await context.close();
});

test('a long name with no spaces wraps inside the certificate on a phone', async () => {
  const name = 'Wide'.repeat(PROFILE_LIMITS.name / 4);
  const context = await longNamedTrainee('ph', name, { width: 390, height: 844 });
  const page = await context.newPage();
  await page.goto(`${baseURL}/certificate`);
  await page.getByRole('article', { name: '结业证书' }).getByText(name).waitFor();
  expect(await cutOff(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
