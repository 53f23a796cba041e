import { beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { quizStatements } from '../../src/domain';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { hrContext } from './hr-sign-in';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const HOME = 'https://sales-target-academy.example.com/employees';
const run = Date.now().toString(36);
// What HR really meets: a department long enough to wrap, ids, names and departments with no space to break at.
const longId = `L${run}-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123`.slice(0, 40);
const wrappingDepartment = `Strategic Accounts and Key Partners ${run}`;
const unbrokenDepartment = `StrategicAccountsAPACRegionWithoutAnySpaces${run}`.slice(0, 60);
const zhDepartment = `华东区战略大客户与重点合作伙伴发展事业部第三销售中心${run}`;
const viewName = `V${run}${'x'.repeat(100)}`.slice(0, 100);
const cohortName = `C${run}${'y'.repeat(200)}`.slice(0, 190);
const longAnswer = `answer-${'z'.repeat(300)}`;
let n = 0;
const uuid = () => `${crypto.randomUUID().slice(0, 24)}${String(++n).padStart(12, '0')}`;

async function register(employeeId: string, name: string, department: string) {
  const res = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department }) });
  expect(res.status).toBe(201);
}

/** Trainees with long names, ids and departments; one answered a quiz with a long unbroken answer. */
async function seed() {
  await register(longId, `司马${'长'.repeat(40)}`, wrappingDepartment);
  await register(`U${run}`, 'Unbroken Department', unbrokenDepartment);
  await register(`Z${run}`, '张长部门', zhDepartment);
  const statements = quizStatements({
    ids: [uuid(), uuid()],
    trainee: { name: 'Long Answer', employeeId: longId, homePage: HOME },
    moduleId: '01-foundations',
    items: [{ itemId: 'e2e-long', score: 0, response: longAnswer }],
    scaled: 0,
    passed: false,
    durationMs: 60_000,
    timestamp: new Date(Date.UTC(2026, 10, 2, 9)).toISOString(),
    registration: crypto.randomUUID(),
  });
  const sent = await fetch(`${baseURL}/xapi/statements`, { method: 'POST', headers: { Authorization: inject('xapiAuth'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statements) });
  expect(sent.status).toBe(200);
}

beforeAll(seed);

/** A saved view and a cohort with long unbroken names, saved with the signed-in page's session. */
async function saveLongNames(page: Page) {
  const statuses = await page.evaluate(
    async ({ viewName, cohortName, longId }) => {
      const { csrf } = (await (await fetch('/hr/api/session')).json()) as { csrf: string };
      const put = (path: string, body: unknown) => fetch(`/hr/api${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
      return [(await put('/views', { name: viewName, query: '' })).status, (await put('/cohorts', { cohort: cohortName, employeeIds: [longId] })).status];
    },
    { viewName, cohortName, longId },
  );
  expect(statuses).toEqual([200, 200]);
}

const setLocale = (page: Page, locale: 'zh-CN' | 'en') =>
  page.evaluate((locale) => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale, theme: 'light', showNotes: false }, version: 1 })), locale);

/** How many CSS pixels the page is wider than the window, and the innermost elements that reach past it. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const past = (el: Element) => el.getBoundingClientRect().right > innerWidth + 1 && !clipped(el);
    const wider = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => past(el) && ![...el.children].some(past));
    return { by: document.scrollingElement!.scrollWidth - innerWidth, at: wider.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`) };
  });

/** Closed drop-downs whose chosen option is wider than the room the box leaves it (its padding and the arrow taken off). */
const cutSelects = (page: Page) =>
  page.evaluate(() => {
    const pen = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll('select')]
      .filter((select) => select.getClientRects().length > 0)
      .flatMap((select) => {
        const style = getComputedStyle(select);
        pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const shown = select.selectedOptions[0]?.textContent ?? '';
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        return pen.measureText(shown).width > room ? [`${select.labels[0]?.textContent ?? select.name}: “${shown}”`] : [];
      });
  });

/**
 * Lines of text in the matrix's cells that are cut across (partly visible) by a box that hides
 * overflow. Lines entirely hidden are fine when the element holding them offers the full text as its title.
 */
const cutLines = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('.hr-matrix__body [role="cell"]')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        let top = -Infinity;
        let bottom = Infinity;
        for (let el: HTMLElement | null = node.parentElement; el && el !== cell.parentElement; el = el.parentElement) {
          if (getComputedStyle(el).overflowY === 'visible') continue;
          const box = el.getBoundingClientRect();
          top = Math.max(top, box.top);
          bottom = Math.min(bottom, box.bottom);
        }
        for (const line of range.getClientRects()) {
          const visible = Math.min(line.bottom, bottom) - Math.max(line.top, top);
          if (visible >= line.height - 1) continue;
          const titled = node.parentElement?.closest('[title]')?.getAttribute('title') === node.parentElement?.closest('[title]')?.textContent;
          if (visible > 1 || !titled) problems.push(`${node.textContent.slice(0, 40)}: ${Math.round(visible)} of ${Math.round(line.height)} px`);
        }
      }
    }
    return problems;
  });

test('HR pages fit a phone and a laptop in both languages: long names, ids and answers wrap, tables scroll in their own box', async () => {
  const context = await hrContext(browser(), baseURL, { viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}/hr`);
  await page.getByRole('table', { name: '学员 × 模块学习进度' }).waitFor();
  await saveLongNames(page);
  const pages = [
    { path: '/hr', ready: () => page.getByRole('list', { name: /^(我的视图|Your saved views)$/ }).getByRole('link', { name: viewName }).waitFor() },
    { path: `/hr/trainees/${encodeURIComponent(longId)}`, ready: () => page.getByText(longAnswer, { exact: false }).first().waitFor() },
    {
      path: '/hr/charts',
      ready: async () => {
        await page.getByRole('img', { name: /^(各部门完成率|Completion by department)$/ }).waitFor();
        // The tables behind the charts, open.
        for (const summary of await page.getByText(/^(以表格查看数据|Show the figures as a table)$/).all()) await summary.click();
      },
    },
    { path: '/hr/items', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
    { path: '/hr/roles', ready: () => page.getByRole('heading', { level: 1 }).waitFor() },
  ];
  for (const locale of ['zh-CN', 'en'] as const) {
    await setLocale(page, locale);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      for (const { path, ready } of pages) {
        await page.goto(`${baseURL}${path}`);
        await ready();
        const overflow = await pageOverflow(page);
        expect(overflow.by, `${path} at ${width} px, ${locale}: ${overflow.at.join(', ')}`).toBeLessThanOrEqual(0);
        expect(await cutSelects(page), `${path} at ${width} px, ${locale}: drop-downs that cut their choice`).toEqual([]);
        if (width === 390) expect(await axeViolations(page), `${path} at ${width} px, ${locale}`).toEqual([]);
      }
    }
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('a matrix row shows the start of a long department and id, whole lines only, with the full text at hand; the spaced-review table looks like HR\'s other tables', async () => {
  const context = await hrContext(browser(), baseURL, { viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/hr?q=${encodeURIComponent(longId)}`);
  const matrix = page.getByRole('table', { name: '学员 × 模块学习进度' });
  await matrix.getByRole('cell', { name: longId }).waitFor();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await cutLines(page), `matrix at ${width} px`).toEqual([]);
  }
  // The department's first words are on screen.
  const department = matrix.getByRole('cell', { name: wrappingDepartment });
  expect(await department.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const first = range.getClientRects()[0]!;
    const box = cell.getBoundingClientRect();
    return first.top >= box.top && first.bottom <= box.bottom;
  })).toBe(true);

  // Row headers read from the start, in the normal weight of a cell's label, with lines between rows, as in the trainee page's table.
  const reviews = page.getByRole('table', { name: '各模块的完成与保持率' });
  const header = reviews.getByRole('rowheader').first();
  await header.waitFor();
  const style = await header.evaluate((th) => {
    const s = getComputedStyle(th);
    return { align: s.textAlign, border: s.borderBottomStyle };
  });
  expect(['start', 'left']).toContain(style.align);
  expect(style.border).toBe('solid');
  await context.close();
});

test('chart labels are whole inside the chart, a long one shortened with its full text as a title, in both languages', async () => {
  const context = await hrContext(browser(), baseURL, { viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/hr`);
  await page.getByRole('table', { name: '学员 × 模块学习进度' }).waitFor();
  for (const locale of ['zh-CN', 'en'] as const) {
    await setLocale(page, locale);
    await page.goto(`${baseURL}/hr/charts`);
    const chart = page.getByRole('img', { name: /^(各部门完成率|Completion by department)$/ });
    await chart.waitFor();
    const labels = await chart.evaluate((svg: SVGSVGElement) => {
      const width = svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll<SVGTextElement>('.hr-chart__label')].map((text) => {
        const box = text.getBBox();
        return { text: text.textContent, title: text.parentElement?.querySelector('title')?.textContent ?? text.textContent, inside: box.x >= 0 && box.x + box.width <= width };
      });
    });
    for (const department of [wrappingDepartment, unbrokenDepartment, zhDepartment]) {
      const label = labels.find((l) => l.title === department);
      expect(label, `${department} in ${locale}`).toBeDefined();
      expect(label!.inside, `${label!.text} in ${locale}`).toBe(true);
    }
    expect(labels.filter((l) => !l.inside)).toEqual([]);
  }
  await context.close();
});

test('the merge button on a self-declared trainee is a normal button beside its field', async () => {
  const context = await hrContext(browser(), baseURL, { viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/hr/trainees/${encodeURIComponent(`U${run}`)}`);
  const merge = page.getByRole('button', { name: '合并…' });
  await merge.waitFor();
  const [button, field] = [await merge.boundingBox(), await page.getByLabel('合并到的工号').boundingBox()];
  expect(button!.height).toBeLessThanOrEqual(field!.height + 2);
  expect(Math.abs(button!.y + button!.height - (field!.y + field!.height))).toBeLessThanOrEqual(2);
  await context.close();
});
