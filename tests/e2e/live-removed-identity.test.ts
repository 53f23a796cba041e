import { expect, inject, test } from 'vitest';
import { liveClient } from '../server/live-client';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { fillJoinForm } from './live-setup';

// Without company sign-in (trainees type their details): a phone whose statement token the server
// no longer knows, because an admin removed the identity it was given to.
const baseURL = inject('baseURL');
const browser = sharedBrowser();

type View = { participants?: number };

/** How many answers with this response the records server holds in this employee's name. */
async function answersStoredFor(employeeId: string, response: string) {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
  const res = await fetch(`${baseURL}/xapi/statements?agent=${encodeURIComponent(agent)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/answered')}&limit=500`, {
    headers: { Authorization: inject('xapiAuth'), 'X-Experience-API-Version': '1.0.3' },
  });
  return ((await res.json()) as { statements: { result?: { response?: string } }[] }).statements.filter((s) => s.result?.response === response).length;
}

test('a trainee whose identity an admin removed joins a live session as themselves again, not as a guest: the phone registers anew from its details, and its answer is recorded under its employee id', async () => {
  const who = { name: '周杰', employeeId: 'E2E-LIVE-REMOVED', department: '测试部' };
  const phone = await contextSetUpAs(browser(), baseURL, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' }, { profile: who });
  const page = await phone.newPage();
  await page.goto(`${baseURL}/join`);
  const tokenOnPhone = () => page.evaluate(() => (JSON.parse(localStorage.getItem('sta:profile') ?? '{}') as { state?: { registration?: { token?: string } } }).state?.registration?.token);
  await expect.poll(tokenOnPhone, { timeout: 60_000 }).toBeTruthy();

  // An admin removes the identity (a made-up registration, as far as they can tell): its token stops working.
  const login = await fetch(`${baseURL}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: inject('hrUser'), password: inject('hrPassword') }) });
  const hr = { Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': ((await login.json()) as { csrf: string }).csrf };
  expect((await fetch(`${baseURL}/hr/api/trainees/${who.employeeId}`, { method: 'DELETE', headers: hr })).status).toBe(204);

  const created = await fetch(`${baseURL}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const trainer = liveClient(`${baseURL.replace(/^http/, 'ws')}/live/ws`, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');

  await fillJoinForm(page, baseURL, code, '周杰');
  await page.getByText('等待讲师发布题目…').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`周杰，你已加入课堂 ${code}。`);
  const answer = '每周回访三位老客户';
  trainer.send({ t: 'push', question: { kind: 'open', prompt: { 'zh-CN': '你的一个习惯？', en: 'One habit of yours?' } } });
  await page.getByLabel('用几个词回答').fill(answer);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect.poll(() => answersStoredFor(who.employeeId, answer), { timeout: 60_000 }).toBe(1);
  // One seat, the trainee's: the room's count reaches the trainer a moment after the answer is in.
  await expect.poll(() => (trainer.seen.filter((m) => m.t === 'view').at(-1)!.view as View).participants).toBe(1);
  trainer.close();
  await phone.close();
});
