import { expect, test } from 'vitest';
import { IDP_USERS } from '../setup/oidc-provider';
import { liveClient } from '../server/live-client';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { companyCourse } from './company-course';

// A phone joining a live session with company sign-in, whose sign-in has run out meanwhile.
const browser = sharedBrowser();
const { base, app, signInAtProvider, answersStoredFor } = await companyCourse();

type View = { question?: { id: string }; participants?: number; people?: { name: string }[] };

test('a phone whose sign-in ran out is asked to sign in again when it joins a live session, told why in its language, then sits down as the employee under the name it typed, its answer recorded as theirs; seated when the sign-in runs out again, its next answer waits for a new sign-in', async () => {
  // The trainer starts the session from a signed-in page and runs it over the server's own socket.
  const trainerContext = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const console_ = await trainerContext.newPage();
  await console_.goto(`${base}/present/01-foundations`);
  await console_.getByRole('region', { name: '课堂互动' }).getByRole('link', { name: '使用公司账号登录以发起课堂互动' }).click();
  await signInAtProvider(console_, 'trainer');
  const { code, trainerKey } = await console_.evaluate(async () => {
    const { signIn } = (await (await fetch('/config.json')).json()) as { signIn: { csrf: string } };
    const res = await fetch('/api/live/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': signIn.csrf }, body: JSON.stringify({ moduleId: '01-foundations' }) });
    return (await res.json()) as { code: string; trainerKey: string };
  });
  const trainer = liveClient(`${base.replace(/^http/, 'ws')}/live/ws`, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const view = () => trainer.seen.filter((m) => m.t === 'view').at(-1)!.view as View;

  // The trainee's phone reads English (the join page takes the phone's language); they sign in, then open the join page.
  const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true, locale: 'en-US' });
  const page = await phone.newPage();
  await page.goto(`${base}/join`);
  await page.getByLabel('Join code').waitFor();
  await page.goto(base);
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await signInAtProvider(page, 'trainee');
  const tokenOnPhone = () => page.evaluate(() => (JSON.parse(localStorage.getItem('sta:profile') ?? '{}') as { state?: { registration?: { token?: string } } }).state?.registration?.token);
  await expect.poll(tokenOnPhone, { timeout: 60_000 }).toBeTruthy();
  const token = await tokenOnPhone();
  await page.goto(`${base}/join`);
  await page.getByLabel('Join code').fill(code);

  // The sign-in runs out while the page is open (unused past its idle time); the server may
  // remember a token's owner for a few seconds, so the test waits until it refuses the phone's.
  await app.sql.run('UPDATE user_sessions SET last_seen = 0');
  await expect
    .poll(async () => (await fetch(`${base}/xapi/statements?limit=1`, { headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3' } })).status, { timeout: 60_000 })
    .toBe(401);

  // The phone joins under a name of its own: it is not seated as a guest, but asked to sign in again, and told why.
  await page.getByLabel('Your name').fill('Fang W.');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your sign-in has expired, so you are not in the live session yet' }).count(), { timeout: 60_000 }).toBe(1);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in with your company account');
  expect(new URL(page.url()).search).toBe(`?code=${code}`);
  expect(view().participants).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  // Still signed in at the provider, the trainee is back at once, in the room under the name they typed.
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe(`Fang W., you are in class ${code}.`);
  await page.getByText('Waiting for the trainer’s question…').waitFor();
  await expect.poll(() => view().people?.map((p) => p.name)).toEqual(['Fang W.']);

  // Their answer counts for them in HR's records.
  const answer = 'Call every new lead within a day';
  trainer.send({ t: 'push', question: { kind: 'open', prompt: { 'zh-CN': '你的一个习惯？', en: 'One habit of yours?' } } });
  await page.getByLabel('Your answer, in a few words').fill(answer);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  await expect.poll(() => answersStoredFor(IDP_USERS.trainee.employee_id, answer), { timeout: 60_000 }).toBe(1);
  expect(view().participants).toBe(1);

  // Seated, the sign-in runs out again: the next answer counts for nobody, the page asks to sign
  // in again, and signed in, the same question takes the answer for the employee.
  const renewed = await tokenOnPhone();
  await app.sql.run('UPDATE user_sessions SET last_seen = 0');
  await expect
    .poll(async () => (await fetch(`${base}/xapi/statements?limit=1`, { headers: { Authorization: `Bearer ${renewed}`, 'X-Experience-API-Version': '1.0.3' } })).status, { timeout: 60_000 })
    .toBe(401);
  const later = 'Ask for the order twice a week';
  trainer.send({ t: 'push', question: { kind: 'open', prompt: { 'zh-CN': '再说一个习惯？', en: 'Another habit?' } } });
  await page.getByRole('textbox', { name: 'Your answer, in a few words' }).and(page.locator(':enabled')).waitFor();
  await page.getByLabel('Your answer, in a few words').fill(later);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your sign-in has expired, so you are not in the live session yet' }).count(), { timeout: 60_000 }).toBe(1);
  expect(await answersStoredFor(IDP_USERS.trainee.employee_id, later)).toBe(0);
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await page.getByLabel('Your answer, in a few words').fill(later);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  await expect.poll(() => answersStoredFor(IDP_USERS.trainee.employee_id, later), { timeout: 60_000 }).toBe(1);
  expect(view().participants).toBe(1);
  trainer.close();
  await phone.close();
  await trainerContext.close();
});
