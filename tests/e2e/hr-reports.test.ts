import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { quizStatements } from '../../src/domain';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { signInToHr } from './hr-sign-in';
import { readXlsx } from '../setup/read-xlsx';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const HOME = 'https://sales-target-academy.example.com/employees';
const run = Date.now().toString(36);
const departments = [`验收一部-${run}`, `验收二部-${run}`];
let n = 0;
const uuid = () => `${crypto.randomUUID().slice(0, 24)}${String(++n).padStart(12, '0')}`;

// Three items of module 01's bank: [item id, right answer, wrong answer].
const ITEMS = [
  ['target-definition-best-fit', 'four-facets', 'activity-list'],
  ['rewrite-vague-target', 'full-smart', 'no-deadline'],
  ['number-alone-not-smart', 'false', 'true'],
] as const;

/** 40 trainees through the real APIs: each registers and takes module 01's quiz once, with answers that vary. */
async function seed() {
  for (let i = 0; i < 40; i++) {
    const employeeId = `R${run}-${String(i).padStart(2, '0')}`;
    const name = `报表学员${i}`;
    const res = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department: departments[i % 2] }) });
    expect(res.status).toBe(201);
    // Quiz verdicts are the server's to write: these are imported with the LRS credential.
    const items = ITEMS.map(([itemId, right, wrong], k) => ({ itemId, score: (i + k) % 3 === 0 ? 0 : 1, response: (i + k) % 3 === 0 ? wrong : right }));
    const score = items.reduce((s, x) => s + x.score, 0) / 3;
    const statements = quizStatements({
      ids: [uuid(), uuid(), uuid(), uuid()],
      trainee: { name, employeeId, homePage: HOME },
      moduleId: '01-foundations',
      items,
      scaled: score,
      passed: score >= 0.8,
      durationMs: 60_000,
      timestamp: new Date(Date.UTC(2026, 10, 1 + (i % 20), 9)).toISOString(),
      registration: crypto.randomUUID(),
    });
    const sent = await fetch(`${baseURL}/xapi/statements`, { method: 'POST', headers: { Authorization: inject('xapiAuth'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statements) });
    expect(sent.status).toBe(200);
  }
}

async function expectAccessible(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

test('HR sorts and filters the paged matrix, downloads real spreadsheets, opens the item analysis and the charts’ tables; every page passes axe in both languages', async () => {
  await seed();
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signInToHr(page, baseURL);
  await page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ }).waitFor();

  // The first department's due day is over: filter by overdue trainees, which are its 20.
  await page.getByLabel('设置截止日期的部门').selectOption(departments[0]!);
  await page.getByLabel('截止日期（留空即清除）', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: '保存截止日期' }).click();
  await page.getByRole('list', { name: '各部门截止日期' }).getByText(`${departments[0]}：2026-01-01 截止（已逾期）`).waitFor();
  await page.getByRole('checkbox', { name: '仅看逾期' }).click();
  await expect.poll(() => page.getByRole('checkbox', { name: '仅看逾期' }).isChecked()).toBe(true);
  await page.getByLabel('部门', { exact: true }).selectOption(departments[0]!);
  await expect.poll(() => page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ }).getAttribute('aria-rowcount')).toBe('21');
  // Sort by employee ID, then the other way: the first row follows, and the URL keeps the view.
  await page.getByRole('columnheader', { name: /工号/ }).getByRole('button').click();
  await expect.poll(() => page.getByRole('columnheader', { name: /工号/ }).getAttribute('aria-sort')).toBe('ascending');
  await page.getByRole('columnheader', { name: /工号/ }).getByRole('button').click();
  await expect.poll(() => page.getByRole('columnheader', { name: /工号/ }).getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => page.locator('[role="row"][aria-rowindex="2"]').textContent()).toContain(`R${run}-38`);
  expect(page.url()).toContain('sort=employeeId');
  // Save the view, leave it, and reopen it from the list.
  await page.getByLabel('视图名称').fill(`逾期-${run}`);
  await page.getByRole('button', { name: '保存当前视图' }).click();
  await page.getByText('视图已保存。').waitFor();
  await page.goto(`${baseURL}/hr`);
  await page.getByRole('list', { name: '我的视图' }).getByRole('link', { name: `逾期-${run}` }).click();
  await expect.poll(() => page.getByRole('columnheader', { name: /工号/ }).getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => page.getByRole('checkbox', { name: '仅看逾期' }).isChecked()).toBe(true);
  await expect.poll(() => page.locator('[role="row"][aria-rowindex="2"]').textContent()).toContain(`R${run}-38`);
  await expectAccessible(page, 'dashboard zh-CN');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel（XLSX）' }).click();
  const bytes = new Uint8Array(readFileSync((await (await xlsxDownload).path())!));
  const sheet = readXlsx(bytes)[0]!;
  expect(sheet.rows).toHaveLength(1 + 20 * 10);
  expect(sheet.rows[1]![0]).toBe(`R${run}-38`);
  const module01 = sheet.rows.find((r) => r[0] === `R${run}-38` && r[11] === '01-foundations')!;
  expect(module01[10]).toBe('自行填报'); // typed in by the trainee: HR sees the identity is self-declared
  expect(typeof module01[14]).toBe('number'); // best score: a number cell (a percentage)
  expect(typeof module01[17]).toBe('number'); // first activity: a date cell
  const files = unzipSync(bytes);
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const styles = strFromU8(files['xl/styles.xml']!);
  expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  expect(xml).toMatch(/<autoFilter ref="A1:S201"\/>/);
  expect(xml).toMatch(/<col min="1" max="1" width="\d+" customWidth="1"\/>/);
  // The header's style (s="1") is bold white on a fill; the date cells' (s="2") a date format; the scores' (s="3") a percentage.
  const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
  expect(xml).toMatch(/<c r="A1" s="1" t="inlineStr">/);
  expect(xfs[1]).toMatch(/fontId="1" fillId="2"/);
  expect(styles).toMatch(/<font><b\/>/);
  expect(styles).toMatch(/<fill><patternFill patternType="solid">/);
  const row = sheet.rows.indexOf(module01) + 1;
  expect(xml).toMatch(new RegExp(`<c r="R${row}" s="2"><v>[\\d.]+</v></c>`));
  expect(xfs[2]).toContain('numFmtId="164"');
  expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>');
  expect(xml).toMatch(new RegExp(`<c r="O${row}" s="3"><v>[\\d.]+</v></c>`));
  // The CSV of the same view: the same rows, dates as ISO 8601.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv).toHaveLength(1 + 20 * 10);
  expect(csv[1]!.startsWith(`"R${run}-38","报表学员38","${departments[0]}",`)).toBe(true);
  expect(csv.find((l) => l.startsWith(`"R${run}-38",`) && l.includes('"01-foundations"'))).toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"/);

  await page.getByRole('link', { name: '题目分析' }).click();
  const items = page.getByRole('table', { name: '题目分析' });
  await items.waitFor();
  // HR reads the question and the options chosen, in Chinese, not their ids.
  const q0 = items.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '下面哪种说法最完整地概括了“销售目标”是什么？' }) });
  await expect.poll(() => q0.textContent()).toMatch(/销售目标基础/);
  expect(await q0.textContent()).toContain('一份写明本月要拜访哪些客户的工作清单。');
  expect(await q0.textContent()).not.toContain('target-definition-best-fit');
  expect(await q0.textContent()).not.toContain('activity-list');
  await expectAccessible(page, 'item analysis zh-CN');
  // Its workbook: the module's title, the full question and the options' labels, with the ids beside them for joining.
  const itemsDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel（XLSX）' }).click();
  const itemsBook = readXlsx(new Uint8Array(readFileSync((await (await itemsDownload).path())!)))[0]!;
  const q0Row = itemsBook.rows.find((r) => r[8] === 'target-definition-best-fit')!;
  expect(q0Row.slice(0, 2)).toEqual(['销售目标基础', '下面哪种说法最完整地概括了“销售目标”是什么？']);
  expect(q0Row[5]).toMatch(/一份写明本月要拜访哪些客户的工作清单。：\d+/);
  expect(q0Row[5]).toMatch(/对一段时间内销售业绩的量化期望，它体现公司战略，是衡量绩效的标准，也为销售活动指明方向。：\d+/);
  expect(q0Row[7]).toBe('01-foundations');
  // A trainee's timeline names the question and the answer given too.
  await page.goto(`${baseURL}/hr/trainees/${encodeURIComponent(`R${run}-00`)}`);
  const record = page.getByRole('region', { name: '学习记录' });
  await record.getByText('销售目标基础 · 测验题 下面哪种说法最完整地概括了“销售目标”是什么？').waitFor();
  await record.getByText(/答错 · 回答：一份写明本月要拜访哪些客户的工作清单。$/).waitFor();
  expect(await record.textContent()).not.toMatch(/target-definition-best-fit|rewrite-vague-target|number-alone-not-smart/);
  await expectAccessible(page, 'trainee timeline zh-CN');

  // The charts, each with its table behind it.
  await page.goto(`${baseURL}/hr/charts`);
  await page.getByRole('img', { name: '从未开始到获得证书' }).waitFor();
  for (const summary of await page.getByText('以表格查看数据').all()) await summary.click();
  const departmentTable = page.getByRole('table', { name: '各部门完成率' });
  await expect.poll(() => departmentTable.getByRole('rowheader', { name: departments[0]! }).count()).toBe(1);
  await expectAccessible(page, 'charts zh-CN');

  // The same pages in English.
  await page.evaluate(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'light', showNotes: false }, version: 1 })));
  await page.goto(`${baseURL}/hr/items`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe('Item analysis');
  await page.getByRole('rowheader', { name: 'Which statement best sums up what a sales target is?' }).waitFor();
  await expectAccessible(page, 'item analysis en');
  await page.goto(`${baseURL}/hr/charts`);
  await page.getByRole('img', { name: 'From not started to certified' }).waitFor();
  await expectAccessible(page, 'charts en');
  await page.goto(`${baseURL}/hr?department=${encodeURIComponent(departments[1]!)}`);
  await page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ }).waitFor();
  await expectAccessible(page, 'dashboard en');
  expect(errors).toEqual([]);
  await context.close();
});
