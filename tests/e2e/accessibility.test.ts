import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

// A module page's slide title is in index.html's plain first screen before the app draws it:
// wait for the reader's own (its section names the slide), not for that.
const slideReady = '.slide[data-slide-id] .slide__title';
// The same for the home page's heading: the app's shell, not the plain copy (`.boot`).
const appHeading = '.shell:not(.boot) h1';
const pages = [
  ['the home page', '/', appHeading],
  ['a module page', '/modules/03-execution/sales-funnel', slideReady],
  ['a slide with tiers, notes shown', '/modules/03-execution/customer-tiering', slideReady],
  ['the case studies', '/modules/07-cases/case-d-target-too-high', slideReady],
  ['the career ladder', '/modules/06-incentives/career-paths', slideReady],
  ['the thresholds', '/modules/04-tracking/warning-thresholds', slideReady],
  ['a module done page', '/modules/00-intro/done', appHeading],
  ['the welcome page', '/welcome', 'form'],
  ['the trainee details page', '/profile', 'form'],
  ['HR login', '/hr', 'form'],
  ['the live session join page', '/join', 'form'],
] as const;

/**
 * Form fields whose border is too faint to find the field by (WCAG 1.4.11, non-text contrast:
 * 3:1 against the field's own background), as "label: ratio".
 */
/**
 * What is found by its edge, measured against what is behind it (WCAG 1.4.11, 3:1): each visible
 * field's border, and the focus ring (the --focus color the whole app outlines focus with)
 * against the page and the card surfaces, as the current theme resolves them.
 */
const faintEdges = (page: Page) =>
  page.evaluate(() => {
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const fields = [...document.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')]
      .filter((field) => field.getClientRects().length > 0)
      .flatMap((field) => {
        const style = getComputedStyle(field);
        const contrast = ratio(style.borderTopColor, style.backgroundColor);
        return contrast < 3 ? [`${(field as HTMLInputElement).labels?.[0]?.textContent ?? field.getAttribute('aria-label') ?? field.tagName}: ${contrast.toFixed(2)}`] : [];
      });
    const resolve = (value: string) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    const ring = resolve('var(--focus)');
    const rings = ['--bg', '--surface', '--surface-2'].flatMap((behind) => {
      const contrast = ratio(ring, resolve(`var(${behind})`));
      return contrast < 3 ? [`focus ring on ${behind}: ${contrast.toFixed(2)}`] : [];
    });
    return [...fields, ...rings];
  });

// Each page is loaded once, in Chinese, and checked in both themes; then the trainee switches to
// English in the header, as they would, and it is checked in both themes again.
test.each(pages)('axe finds no violations on %s, in Chinese and English, light and dark', async (_name, path, ready) => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript((notes) => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'zh-CN', theme: 'light', showNotes: notes }, version: 1 }));
  }, path.includes('tiering'));
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  for (const locale of ['zh-CN', 'en'] as const) {
    if (locale === 'en') await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.waitForSelector(ready);
    await page.waitForFunction(() => !document.querySelector('.loading'));
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel(locale === 'en' ? 'Theme' : '主题').selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect((await axeViolations(page)).join('\n'), `${locale}, ${theme}`).toBe('');
      expect(await faintEdges(page), `${locale}, ${theme}: fields with a faint border, or a faint focus ring`).toEqual([]);
    }
  }
  await context.close();
});

test('a phone-sized module page has no violations with the contents open', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/modules/01-foundations/smart-criteria`);
  await page.waitForSelector(slideReady);
  await page.getByRole('button', { name: '显示目录' }).click();
  await page.getByRole('navigation', { name: '目录' }).waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

/**
 * Turns from the first slide of module 01 to the second and returns every transform the slide's
 * frame was given, as the page set them: watched from before the key press (a loaded machine may
 * end the 0.22 s move before a test could look), and then for ten frames.
 */
async function transformsDuringTurn(page: Page) {
  await page.goto(`${baseURL}/modules/01-foundations/part-overview`);
  await page.waitForSelector(slideReady);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenTransforms: string[] }).seenTransforms = seen;
    const note = (el: Element) => {
      if (el instanceof HTMLElement && el.classList.contains('slide-frame')) seen.push(el.style.transform || 'none', getComputedStyle(el).transform);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') note(r.target as Element);
        for (const n of r.addedNodes) if (n instanceof HTMLElement) [n, ...n.querySelectorAll('.slide-frame')].forEach(note);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#slide-what-is-a-sales-target');
  return page.evaluate(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
    const frame = document.querySelector('.slide-frame');
    const seen = (window as unknown as { seenTransforms: string[] }).seenTransforms;
    return frame ? [...seen, getComputedStyle(frame).transform] : seen;
  });
}

test('with reduced motion, slides change without movement', async () => {
  const context = await traineeContext(browser(), { reducedMotion: 'reduce' });
  const page = await context.newPage();
  expect((await transformsDuringTurn(page)).every((t) => t === 'none')).toBe(true);
  expect(await page.title()).toBe('什么是销售目标？ · 销售目标基础 · 销售目标学院');
  await context.close();
});

test('without reduced motion, the slide does move in (so the check above can fail)', async () => {
  const context = await traineeContext(browser(), { reducedMotion: 'no-preference' });
  const page = await context.newPage();
  expect((await transformsDuringTurn(page)).some((t) => t !== 'none')).toBe(true);
  await context.close();
});

describe.each(['zh-CN', 'en'] as const)('HR, signed in, in %s', (locale) => {
  test('axe finds no violations on the matrix and a trainee\'s page', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await context.addInitScript((l) => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 })), locale);
    const registered = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '吴无障碍', employeeId: 'A11Y-1', department: '无障碍测试部' }) });
    expect(registered.status).toBe(201);
    const page = await context.newPage();
    await page.goto(`${baseURL}/hr`);
    await page.locator('form').waitFor();
    const status = await page.evaluate(
      async ([user, password]) =>
        (await fetch('/hr/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password }) })).status,
      [inject('hrUser'), inject('hrPassword')] as const,
    );
    expect(status).toBe(200);
    await page.reload();
    // The matrix, and the review panel's table below it.
    await page.getByRole('table').nth(1).waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.goto(`${baseURL}/hr/trainees/A11Y-1`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('吴无障碍');
    await page.waitForFunction(() => !document.querySelector('.loading'));
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});
