import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { answer } from './quiz-oracle';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const xapiAuth = inject('xapiAuth');
const employeeId = `E-clear-${Date.now().toString(36)}`;

/** The verbs the records server holds for this trainee about module 02's quiz. */
async function quizVerdicts(): Promise<string[]> {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
  const res = await fetch(`${baseURL}/xapi/statements?agent=${encodeURIComponent(agent)}&limit=500`, { headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' } });
  expect(res.status).toBe(200);
  const { statements } = (await res.json()) as { statements: { verb: { id: string }; object: { id: string } }[] };
  return statements.filter((s) => s.object.id.endsWith('/modules/02-setting/quiz')).map((s) => s.verb.id.split('/').pop()!);
}

test('a quiz taken after the trainee clears the site’s data with the course open still reaches the records server', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.getByLabel('姓名').fill('秦清除');
  await page.getByLabel('工号').fill(employeeId);
  await page.getByLabel('部门').fill('记录验收部');
  await page.getByRole('button', { name: '保存并开始学习' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');
  await page.goto(`${baseURL}/modules/02-setting/quiz`);
  await page.getByRole('radio', { name: '全部题目在一页' }).check();

  // "Clear site data" in the browser's settings, while the course stays open: the browser closes the records queue's database.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'all' });

  await page.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), '02-setting', true);
  await page.getByRole('button', { name: '提交测验' }).click();
  await page.getByRole('heading', { level: 1, name: '测验结果：销售目标制定' }).waitFor();
  await expect.poll(quizVerdicts, { timeout: 60_000 }).toEqual(['passed']);
  await context.close();
});
