import { expect, inject, test } from 'vitest';
import { phoneFriendly } from '../../src/domain';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { liveClient } from '../server/live-client';
import { fillJoinForm, joinAs, openLiveRoom, startLiveSession } from './live-setup';
import { banks } from './quiz-oracle';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('when the trainer ends the session, a phone no longer says its trainee is in the class: it says they took part, in the phone’s language', async () => {
  const trainer = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const console_ = await trainer.newPage();
  console_.on('dialog', (d) => void d.accept());
  await console_.goto(`${baseURL}/present/01-foundations`);
  const { panel, code } = await startLiveSession(console_);

  const phone = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' })).newPage();
  await fillJoinForm(phone, baseURL, code, 'Kim', 'en');
  await phone.getByRole('heading', { name: `Kim, you are in class ${code}.` }).waitFor();

  await panel.getByRole('button', { name: '结束课堂互动' }).click();
  await phone.getByText('The trainer has ended this class session. Thank you for taking part!').waitFor();
  expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe(`Kim, you took part in class ${code}.`);
  await trainer.close();
  await phone.context().close();
});

/** The item the console pushes by default (the first a phone can answer): its right and a wrong choice, in each language. */
function defaultItemChoices() {
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  if (item.type === 'truefalse') return { right: item.answer ? '正确' : '错误', wrongEn: item.answer ? 'False' : 'True' };
  if (item.type === 'single') return { right: item.options.find((o) => o.correct)!.text['zh-CN'], wrongEn: item.options.find((o) => !o.correct)!.text.en };
  throw new Error(`the first phone-friendly item of 01 is a ${item.type}; pick another in this test`);
}

test('when the trainer ends the session, each phone reads where it finished, with its points and the podium, in its own language', async () => {
  const errors: string[] = [];
  const { trainer, console_, panel, code } = await openLiveRoom(browser(), baseURL, (m) => errors.push(m));
  console_.on('dialog', (d) => void d.accept());
  const amy = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', bypassCSP: true })).newPage();
  await joinAs(amy, baseURL, code, '艾米');
  const ben = await (await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' })).newPage();
  await fillJoinForm(ben, baseURL, code, 'Ben', 'en');
  for (const page of [amy, ben]) page.on('pageerror', (e) => errors.push(e.message));

  // The trainer runs one quiz item: Amy answers it right, Ben wrong; the answer is revealed, then the session ends.
  await panel.getByRole('button', { name: '发布测验题' }).click();
  const choice = defaultItemChoices();
  await amy.getByRole('radio', { name: choice.right, exact: true }).check();
  await amy.getByRole('button', { name: '提交答案' }).click();
  await ben.getByRole('radio', { name: choice.wrongEn, exact: true }).check();
  await ben.getByRole('button', { name: 'Send answer' }).click();
  await panel.getByText('已作答 2 / 2 人').waitFor();
  await panel.getByRole('button', { name: '公布答案' }).click();
  const amyPoints = (await amy.getByText(/回答正确！本题得分 [\d,]+。/).textContent())!.match(/[\d,]+/)![0];
  await panel.getByRole('button', { name: '结束课堂互动' }).click();

  const amyResult = amy.getByRole('region', { name: '你的成绩' });
  await amyResult.getByText(`你在 2 人中获得第 1 名，共 ${amyPoints} 分。`).waitFor();
  expect(await amyResult.getByRole('list', { name: '获奖名单' }).getByRole('listitem').allTextContents()).toEqual([`第 1 名 艾米 ${amyPoints} 分`]);
  const benResult = ben.getByRole('region', { name: 'Your result' });
  await benResult.getByText('You finished 2nd of 2, with 0 points.').waitFor();
  expect(await benResult.getByRole('list', { name: 'The winners' }).getByRole('listitem').allTextContents()).toEqual([`1st 艾米 ${amyPoints} points`]);
  expect((await axeViolations(amy)).join('\n')).toBe('');
  expect(errors).toEqual([]);
  await trainer.close();
  await amy.context().close();
  await ben.context().close();
});

test('a session without quiz points ends with a thank-you on every phone (what it took part in, in its language) and on the screen; a phone that reloads sees it again', async () => {
  const errors: string[] = [];
  const { trainer, console_, panel, code, stage, projector } = await openLiveRoom(browser(), baseURL, (m) => errors.push(m));
  console_.on('dialog', (d) => void d.accept());
  const phone = (locale: string) => browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale, bypassCSP: true }).then((c) => c.newPage());
  const long = 'Christopher-Alexander Montgome';
  const en = await phone('en-US');
  await joinAs(en, baseURL, code, long, 'en');
  const zh = await phone('zh-CN');
  await joinAs(zh, baseURL, code, '欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜');
  for (const page of [en, zh]) page.on('pageerror', (e) => errors.push(e.message));

  // A word-cloud question: the English phone answers, the Chinese one does not; the session ends.
  await panel.getByLabel('词云问题').fill('用一个词描述好的销售目标');
  await panel.getByRole('button', { name: '发布词云题' }).click();
  await en.getByLabel('Your answer, in a few words').fill('specific');
  await en.getByRole('button', { name: 'Send answer' }).click();
  await en.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  // The trainer ends it from the keyboard: focus lands on the words saying it is over, not on the page's start.
  await panel.getByRole('button', { name: '结束课堂互动' }).focus();
  await console_.keyboard.press('Enter');
  await panel.getByText('课堂互动已结束。').waitFor();
  await expect.poll(() => console_.evaluate(() => document.activeElement?.textContent)).toBe('课堂互动已结束。');

  await en.getByRole('region', { name: 'What you took part in' }).getByText('You answered the one question asked: 1 word-cloud answer.').waitFor();
  await zh.getByRole('region', { name: '你的参与' }).getByText('本场共 1 道题，你没有作答。').waitFor();
  await stage.getByRole('heading', { name: '感谢参与！' }).waitFor();
  expect(await stage.getByRole('list', { name: '全场参与' }).getByRole('listitem').allTextContents()).toEqual(['2 人参与', '1 道题', '1 份回答']);
  expect((await axeViolations(projector)).join('\n')).toBe('');
  await panel.getByRole('list', { name: '全场参与' }).waitFor();

  // A reload after the end comes back to the same ending, not to the join form.
  await en.reload();
  await en.getByRole('region', { name: 'What you took part in' }).getByText('You answered the one question asked: 1 word-cloud answer.').waitFor();
  expect(await en.getByRole('heading', { level: 1 }).textContent()).toBe(`${long}, you took part in class ${code}.`);
  expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await axeViolations(en)).join('\n')).toBe('');
  expect(errors).toEqual([]);
  await trainer.close();
  await en.context().close();
  await zh.context().close();
});

test('a phone whose answer waited offline while the trainer ended the session comes back to its ending, told the answer did not count, not thrown out to the join form', async () => {
  const created = await fetch(`${baseURL}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const trainer = liveClient(`${baseURL.replace(/^http/, 'ws')}/live/ws`, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await joinAs(page, baseURL, code, 'Lily', 'en');
  trainer.send({ t: 'push', question: { kind: 'rating', prompt: { 'zh-CN': '有用吗？', en: 'How useful was this?' }, max: 5, low: { 'zh-CN': '没用', en: 'Not at all' }, high: { 'zh-CN': '很有用', en: 'Very' } } });
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText(/You are offline, so your answer is not in yet/).waitFor();

  trainer.send({ t: 'end' });
  await trainer.next((m) => m.t === 'view' && (m.view as { ended?: boolean }).ended === true);
  await context.setOffline(false);
  await page.getByText('Your answer to the previous question did not reach the trainer before it closed, so it was not counted.').waitFor({ timeout: 60_000 });
  await page.getByRole('region', { name: 'What you took part in' }).getByText('You did not answer the question asked.').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Lily, you took part in class ${code}.`);
  expect(await page.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);
  expect(errors).toEqual([]);
  trainer.close();
  await context.close();
});
