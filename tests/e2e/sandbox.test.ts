import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

/** The amounts (万元) column of the breakdown table on screen, and its total row. */
async function amounts(page: Page) {
  const cells = await page.locator('.breakdown__table tbody tr td.num:nth-last-child(2)').allInnerTexts();
  const total = await page.locator('.breakdown__table tfoot td.num').first().innerText();
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { parts: cells.map(n), total: n(total) };
}

test('a trainee decomposes a plan, locks a region, changes the target, exports XLSX and shares it', async () => {
  const context = await traineeContext(browser(), { acceptDownloads: true, bypassCSP: true, viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/sandbox`);
  await page.getByLabel('从哪里开始').selectOption({ label: '华康医疗器械' });
  const annual = page.getByRole('textbox', { name: '年度目标（万元）' });
  await expect.poll(() => annual.inputValue()).toBe('3360');

  await page.getByRole('button', { name: '按季度' }).click();
  let view = await amounts(page);
  expect(view.parts.reduce((a, b) => a + b, 0)).toBe(3360);
  expect(view.total).toBe(3360);

  await page.getByRole('button', { name: '按区域' }).click();
  await page.getByRole('checkbox', { name: '锁定「江苏」' }).check();
  const lockValue = page.getByRole('textbox', { name: '「江苏」的锁定值（万元）' });
  await lockValue.fill('1000');
  await annual.fill('4000');
  await expect.poll(async () => (await amounts(page)).parts).toEqual([1714, 1000, 1286]);
  expect(await page.getByText('合计 4,000 万元，与年度目标一致 ✓').count()).toBe(1);

  // Bad input stays on its field, in Chinese, and changes nothing else.
  await lockValue.fill('abc');
  expect(await page.getByText('请输入数字，例如 500。').count()).toBe(1);
  expect((await amounts(page)).parts).toEqual([1714, 1000, 1286]);
  await lockValue.fill('5000');
  expect(await page.getByText('锁定值不能超过年度目标。').count()).toBe(1);
  await lockValue.fill('1000');

  for (const tab of ['按月', '按季度', '按产品线', '按人员', '按客户级别']) {
    await page.getByRole('button', { name: tab }).click();
    view = await amounts(page);
    expect(view.parts.reduce((a, b) => a + b, 0), tab).toBe(4000);
  }

  await page.getByLabel('为哪一格做计划').selectOption({ label: '全年 · 江苏 · 1,000' });
  expect(await page.getByText('需要成交 14 单').count()).toBe(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel（XLSX）' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  expect(workbook).toContain('<sheet name="按区域"');
  const sheetIndex = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].findIndex((m) => m[1] === '按区域') + 1;
  const regions = strFromU8(files[`xl/worksheets/sheet${sheetIndex}.xml`]!);
  expect(regions).toMatch(/<t xml:space="preserve">江苏<\/t><\/is><\/c><c r="C\d+"><v>1000<\/v>/);

  const link = await page.getByRole('textbox', { name: '分享链接' }).inputValue();
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();

  const fresh = await traineeContext(browser());
  const shared = await fresh.newPage();
  await shared.goto(link);
  await expect.poll(() => shared.getByRole('textbox', { name: '年度目标（万元）' }).inputValue()).toBe('4000');
  await shared.getByRole('button', { name: '按区域' }).click();
  expect(await shared.getByRole('textbox', { name: '「江苏」的锁定值（万元）' }).inputValue()).toBe('1000');
  expect((await amounts(shared)).parts).toEqual([1714, 1000, 1286]);
  await shared.reload();
  await expect.poll(() => shared.getByRole('textbox', { name: '年度目标（万元）' }).inputValue()).toBe('4000');
  await fresh.close();
});

test('a damaged share link is refused, and the sandbox has no axe violations in English', async () => {
  const context = await traineeContext(browser(), { bypassCSP: true });
  await context.addInitScript(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'system', showNotes: false }, version: 1 })));
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/sandbox#plan=broken`);
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(1);
  await page.getByRole('button', { name: 'By region' }).click();
  await page.getByRole('checkbox', { name: 'Lock “East China”' }).check();
  expect((await axeViolations(page)).join('\n')).toBe('');

  // A product line's name is a name in the table, and the chart's bars start after the longest one.
  await page.getByLabel('Start from').selectOption({ label: 'Yunqi Software' });
  await page.getByRole('button', { name: 'By product line' }).click();
  await expect.poll(() => page.getByRole('table', { name: 'By product line', exact: true }).getByRole('rowheader').allInnerTexts()).toEqual(['Cloud Collaboration Suite', 'SME Edition', 'Total']);
  const chart = page.getByRole('img', { name: 'By product line: target distribution' });
  const rows = await chart.locator('g').evaluateAll((groups) =>
    groups.map((g) => {
      const name = g.querySelector('text')!;
      // The name as drawn: a name cut to fit keeps its whole text in a <title>, not drawn.
      const drawn = [...name.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      return { name: drawn, nameEnd: name.getBoundingClientRect().right, barStart: g.querySelector('rect')!.getBoundingClientRect().left };
    }),
  );
  expect(rows.map((r) => r.name)).toEqual(['Cloud Collaboration Suite', 'SME Edition']);
  for (const r of rows) expect(r.nameEnd, `“${r.name}” ends before its bar`).toBeLessThanOrEqual(r.barStart);
  await context.close();
});

test('a shared link opened by a trainee with a plan of their own replaces nothing unless they say so, also across a reload', async () => {
  const context = await traineeContext(browser(), { bypassCSP: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/sandbox`);
  const annual = page.getByRole('textbox', { name: '年度目标（万元）' });
  await annual.fill('5000');
  const link = await page.getByRole('textbox', { name: '分享链接' }).inputValue();
  await annual.fill('4000');
  await annual.blur();
  // Now the trainee's own plan says 4000; the link they were sent says 5000. They open it later.
  await page.goto(baseURL);
  await page.goto(link);
  const offer = page.getByRole('region', { name: '你正在查看别人分享的计划' });
  await offer.waitFor();
  await expect.poll(() => annual.inputValue()).toBe('5000');
  expect(await annual.isDisabled()).toBe(true);
  expect((await axeViolations(page)).join('\n')).toBe('');
  await page.reload();
  await offer.waitFor();
  await offer.getByRole('button', { name: '保留我的计划' }).click();
  await expect.poll(() => annual.inputValue()).toBe('4000');
  await page.reload();
  await expect.poll(() => annual.inputValue()).toBe('4000');
  expect(await offer.count()).toBe(0);
  await context.close();
});
