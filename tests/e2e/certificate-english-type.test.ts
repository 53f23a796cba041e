import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { sharedBrowser, traineeContext } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const root = new URL('../../', import.meta.url).pathname;
const { manifest } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const modules = manifest.moduleIds.map((id) => manifest.modules.en[id]!);
const trainee = { name: 'Siobhán O’Brien', employeeId: `E9-${Date.now().toString(36)}`, department: 'Key Accounts’ Team' };
const AT = '2026-11-27T12:00:00.000Z';

let context: BrowserContext;
beforeAll(async () => {
  // An English trainee whose own stores show every module read and every quiz passed.
  context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 } }, trainee);
  const attempt = (quizId: string) => ({ id: `${quizId}-type`, quizId, seed: 'e2e', items: [], answers: {}, score: 0.9, passed: true, startedAt: AT, endedAt: AT });
  const stores = {
    'sta:settings': { state: { locale: 'en', theme: 'light', showNotes: false }, version: 1 },
    'sta:progress': { state: { modules: Object.fromEntries(modules.map((m) => [m.id, { seen: Object.fromEntries(m.slides.map((s) => [s.id, AT])) }])) }, version: 2 },
    'sta:quiz': { state: { attempts: [...modules.filter((m) => m.quiz).map((m) => attempt(m.id)), attempt('final')], active: {} }, version: 1 },
  };
  await context.addInitScript((seed) => {
    if (localStorage.getItem('sta:quiz')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, JSON.stringify(value));
  }, stores);
});
afterAll(() => context?.close());

/** How wide the certificate draws each typographic apostrophe, in ems of its own text: a Latin face about a third, a CJK face a full em ("O’ Brien"). */
const apostropheWidths = (page: Page) =>
  page.evaluate(() => {
    const widths: number[] = [];
    const walker = document.createTreeWalker(document.querySelector('.certificate-sheet')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement!;
      for (let at = text.data.indexOf('’'); at >= 0; at = text.data.indexOf('’', at + 1)) {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        widths.push(range.getBoundingClientRect().width / parseFloat(getComputedStyle(parent).fontSize));
      }
    }
    return widths;
  });

/** The faces Chromium actually drew the certificate's English lines in (its title, statement, name and facts). */
async function facesDrawn(page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: '.certificate-sheet :is(h1, p, dt, dd)' });
  const faces = new Set<string>();
  for (const nodeId of nodeIds) for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) faces.add(font.familyName);
  await cdp.detach();
  return [...faces];
}

test.each(['screen', 'print'] as const)('an English certificate is set in a Latin face, its apostrophes narrow, on %s', async (media) => {
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(`${baseURL}/certificate`);
  const sheet = page.getByRole('article', { name: 'Certificate of Completion' });
  await sheet.waitFor({ state: 'attached' });
  await expect.poll(() => sheet.innerText()).toContain(trainee.name);

  const widths = await apostropheWidths(page);
  expect(widths).toHaveLength(2); // the name's and the department's
  for (const width of widths) expect(width).toBeLessThan(0.6);
  const faces = await facesDrawn(page);
  expect(faces.length).toBeGreaterThan(0);
  expect(faces.filter((face) => /CJK|Han|PingFang|YaHei|Song|SimSun/i.test(face))).toEqual([]);
  await page.close();
});
