import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser, trainerSetUpAs } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const titles01 = ['第一部分 销售目标基础', '什么是销售目标？', '销售目标的重要性', '有效销售目标的特征：SMART原则', '销售目标类型'];

/** A trainer's browser: no trainee profile; the language and theme as given. */
async function trainerContext(options: { locale?: 'zh-CN' | 'en'; theme?: 'light' | 'dark'; width?: number; height?: number } = {}): Promise<BrowserContext> {
  const { locale = 'zh-CN', theme = 'light', width = 1366, height = 800 } = options;
  return trainerSetUpAs(browser(), baseURL, { viewport: { width, height }, bypassCSP: true }, { locale, theme });
}

// Found as a trainer or an assistive technology finds them: by role and name, never by class.
/** The current slide's title on the console: the slide's heading inside the "current slide" region. */
const consoleSlide = (page: Page) => page.getByRole('region', { name: /^(当前页|Current slide)/ }).getByRole('region').first();
const consoleTitle = (page: Page) => consoleSlide(page).getByRole('heading', { level: 2 }).textContent();
/** The slide on the projector; hidden from assistive technology (and from sight) while the screen is black. */
const screenSlide = (page: Page) => page.getByRole('region', { includeHidden: true }).first();
const screenTitle = (page: Page) => screenSlide(page).getByRole('heading', { level: 2, includeHidden: true }).textContent();
const screenBlack = async (page: Page) => String((await page.getByRole('heading', { level: 2 }).count()) === 0);
const loaded = (page: Page) => expect.poll(() => page.getByRole('status').filter({ hasText: /正在加载|Loading/ }).count()).toBe(0);
const notesName = /讲师备注|Trainer notes/;
const printPages = (page: Page) => page.getByRole('listitem', { name: /^(第 \d+ 页|Slide \d+)$/ });

test('the console drives the audience screen: next, previous, go to, overview, black, and both survive reloads', async () => {
  const context = await trainerContext();
  const presenter = await context.newPage();
  await presenter.goto(`${baseURL}/present/01-foundations`);
  await expect.poll(() => consoleTitle(presenter)).toBe(titles01[0]);

  // The console opens the screen in a window of its own.
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: '打开观众屏幕' }).click()]);
  await expect.poll(() => screenTitle(audience)).toBe(titles01[0]);

  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => screenTitle(audience)).toBe(titles01[1]);
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => screenTitle(audience)).toBe(titles01[2]);
  await presenter.keyboard.press('ArrowLeft');
  await expect.poll(() => screenTitle(audience)).toBe(titles01[1]);

  await presenter.keyboard.press('g');
  await presenter.getByRole('textbox', { name: '页码（1–5）' }).fill('5');
  await presenter.keyboard.press('Enter');
  await expect.poll(() => screenTitle(audience)).toBe(titles01[4]);

  await presenter.getByRole('navigation', { name: '全部幻灯片' }).getByRole('button', { name: /有效销售目标的特征/ }).click();
  await expect.poll(() => screenTitle(audience)).toBe(titles01[3]);
  expect(await consoleTitle(presenter)).toBe(titles01[3]);

  await presenter.keyboard.press('b');
  await expect.poll(() => screenBlack(audience)).toBe('true');
  expect(await audience.getByRole('region').count()).toBe(0);

  // The screen reloads: still black, still on the same slide.
  await audience.reload();
  await screenSlide(audience).waitFor({ state: 'attached' });
  await expect.poll(() => screenBlack(audience)).toBe('true');
  expect(await screenTitle(audience)).toBe(titles01[3]);
  await presenter.keyboard.press('b');
  await expect.poll(() => screenBlack(audience)).toBe('false');

  // The console reloads: it keeps its place and its screens, and still drives them.
  await presenter.reload();
  await expect.poll(() => consoleTitle(presenter)).toBe(titles01[3]);
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => screenTitle(audience)).toBe(titles01[4]);

  // A clicker talking to the screen's window moves the console, which moves the screen.
  await audience.keyboard.press('PageUp');
  await expect.poll(() => consoleTitle(presenter)).toBe(titles01[3]);
  await expect.poll(() => screenTitle(audience)).toBe(titles01[3]);

  // With the console gone, a reloaded screen keeps its slide from its own address.
  await presenter.close();
  await audience.reload();
  await expect.poll(() => screenTitle(audience)).toBe(titles01[3]);
  await context.close();
});

const viewports = [
  ['16:9', 1920, 1080],
  ['16:9 small', 1280, 720],
  ['4:3', 1024, 768],
  ['4:3 small', 800, 600],
] as const;

// Each slide is opened at the first size, then the window is resized through the others, as a
// projector's window is moved and made full screen: every size is checked, from one page load.
test.each(['03-execution/screen?slide=sales-funnel', '05-challenges/screen?slide=lscpa-method', '01-foundations/screen?slide=part-overview'])(
  'the audience screen keeps the whole slide in view, letterboxed at 16:9, at 16:9 and 4:3 sizes: %s',
  async (path) => {
    const [, firstWidth, firstHeight] = viewports[0];
    const context = await trainerContext({ width: firstWidth, height: firstHeight });
    const page = await context.newPage();
    await page.goto(`${baseURL}/present/${path}`);
    await screenSlide(page).getByRole('heading', { level: 2 }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    for (const [name, width, height] of viewports) {
      await page.setViewportSize({ width, height });
      // The stage is sized from the window: wait until it has followed the resize.
      const stageBox = async () => (await page.getByTestId('slide-stage').boundingBox())!;
      await expect.poll(async () => {
        const box = await stageBox();
        return Math.max(box.width / width, box.height / height);
      }, { message: `the stage fills ${name}` }).toBeCloseTo(1, 2);
      const slide = (await screenSlide(page).boundingBox())!;
      expect(slide.x, name).toBeGreaterThanOrEqual(0);
      expect(slide.y, name).toBeGreaterThanOrEqual(0);
      expect(slide.x + slide.width, name).toBeLessThanOrEqual(width + 0.5);
      expect(slide.y + slide.height, name).toBeLessThanOrEqual(height + 0.5);
      // The 16:9 stage has no role of its own (it is layout, not content): a test id names it.
      const stage = await stageBox();
      expect(stage.width / stage.height, name).toBeCloseTo(16 / 9, 2);
      // Letterboxed: as large as the window allows, centered.
      expect(stage.x + stage.width / 2, name).toBeCloseTo(width / 2, 0);
      expect(stage.y + stage.height / 2, name).toBeCloseTo(height / 2, 0);
      // Nothing else on the projector, and no scrolling.
      expect(await page.evaluate(() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight]), name).toEqual([0, 0]);
      expect(await page.getByRole('banner').count(), name).toBe(0);
    }
    await context.close();
  },
);

test('text on the screen grows with the projector', async () => {
  const context = await trainerContext({ width: 1024, height: 768 });
  const page = await context.newPage();
  await page.goto(`${baseURL}/present/01-foundations/screen?slide=part-overview`);
  const heading = screenSlide(page).getByRole('heading', { level: 2 });
  await heading.waitFor();
  const small = (await heading.boundingBox())!.height;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await heading.boundingBox())!.height / small).toBeCloseTo(1920 / 1024, 1);
  await context.close();
});

/** Pages and the MediaBox of each (in points) of a PDF made by Chromium. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  return {
    count: [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length,
    boxes: [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]),
    text,
  };
}

test('handouts print one 16:9 page per slide, or A4 with two or three slides and their notes to a page, with CJK fonts', async () => {
  const context = await trainerContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}/present/03-execution/print`);
  await printPages(page).first().getByRole('heading', { level: 2 }).waitFor();
  await loaded(page);
  const slides = await printPages(page).count();
  expect(slides).toBe(11);
  const plain = pdfPages(Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  expect(plain.count).toBe(slides);
  for (const [w, h] of plain.boxes) expect(w! / h!).toBeCloseTo(16 / 9, 1);
  expect(plain.text).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSansCJK/);

  await page.getByRole('checkbox', { name: '包含讲师备注' }).check();
  await expect.poll(() => page.getByRole('complementary', { name: notesName }).count()).toBe(slides);
  const withNotes = pdfPages(Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  expect(withNotes.count).toBeGreaterThanOrEqual(Math.ceil(slides / 3));
  expect(withNotes.count).toBeLessThan(slides);
  // A4 portrait: 595 × 842 points.
  for (const [w, h] of withNotes.boxes) {
    expect(w).toBeCloseTo(595, -1);
    expect(h).toBeCloseTo(842, -1);
  }
  await context.close();
});

describe.each(['zh-CN', 'en'] as const)('axe, in %s', (locale) => {
  test.each(['light', 'dark'] as const)('finds no violations on the console (with its dialogs), the screen and the print page (%s)', async (theme) => {
    const context = await trainerContext({ locale, theme });
    const page = await context.newPage();
    await page.goto(`${baseURL}/present/03-execution?slide=customer-tiering`);
    await consoleSlide(page).getByRole('heading', { level: 2 }).waitFor();
    await page.getByRole('complementary', { name: notesName }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.getByRole('textbox').fill('99');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('alert').waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');

    await page.goto(`${baseURL}/present/03-execution/screen?slide=sales-funnel`);
    await screenSlide(page).getByRole('heading', { level: 2 }).waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');

    await page.goto(`${baseURL}/present/01-foundations/print?notes=1`);
    await page.getByRole('complementary', { name: notesName }).first().waitFor();
    await loaded(page);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});
