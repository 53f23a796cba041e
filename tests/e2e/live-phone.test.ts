import { expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { liveClient } from '../server/live-client';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { joinAs } from './live-setup';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

type View = { question?: { id: string }; revealed?: boolean; counts?: { answered: number } };

/** A session run from this test over the server's own socket (the console's buttons are another test's business). */
async function room() {
  const created = await fetch(`${baseURL}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) });
  expect(created.status).toBe(201);
  const { code, trainerKey } = (await created.json()) as { code: string; trainerKey: string };
  const ws = baseURL.replace(/^http/, 'ws') + '/live/ws';
  const trainer = liveClient(ws, { t: 'trainer', code, key: trainerKey });
  await trainer.next((m) => m.t === 'view');
  const view = () => trainer.seen.filter((m) => m.t === 'view').at(-1)!.view as View;
  const push = async (question: object) => {
    // The new question is the one no view showed before.
    const shown = new Set(trainer.seen.map((m) => (m.view as View | undefined)?.question?.id));
    trainer.send({ t: 'push', question });
    return ((await trainer.next((m) => m.t === 'view' && !shown.has((m.view as View).question?.id))).view as View).question!.id;
  };
  const reveal = async () => {
    trainer.send({ t: 'reveal' });
    await trainer.next((m) => m.t === 'view' && (m.view as View).revealed === true);
  };
  /** Another phone in the room, without a screen. */
  const seat = async (pid: string, name: string) => {
    const c = liveClient(ws, { t: 'join', code, pid, name });
    await c.next((m) => m.t === 'view');
    return c;
  };
  return { code, trainer, push, reveal, seat, answered: () => view().counts?.answered ?? 0 };
}

async function phoneIn(b: Browser, lang: 'zh-CN' | 'en') {
  const context = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** How far the page scrolls sideways on the phone (0 when everything fits its width). */
const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

const quiz = { kind: 'quiz', prompt: { 'zh-CN': '销售目标应当？', en: 'A sales target should be?' }, options: [{ id: 'a', text: { 'zh-CN': '具体', en: 'Specific' } }, { id: 'b', text: { 'zh-CN': '模糊', en: 'Vague' } }], multiple: false, correct: ['a'], itemId: 'target-definition-best-fit', seconds: 120 };

test('a phone says its answer is in only once the server has it: offline it says the answer is waiting, and after a reveal that it did not arrive in time; a second tab of the seat is told its answer did not count', async () => {
  const r = await room();
  const { context, page, errors } = await phoneIn(browser(), 'zh-CN');
  await joinAs(page, baseURL, r.code, '韩梅梅', 'zh-CN');

  await r.push(quiz);
  await page.getByRole('radio', { name: '具体', exact: true }).check();
  // Leaving the room is well apart from sending the answer: a thumb's width and more between them.
  const send = await page.getByRole('button', { name: '提交答案' }).boundingBox();
  const leave = await page.getByRole('button', { name: '换一个加入码' }).boundingBox();
  expect(leave!.y - (send!.y + send!.height)).toBeGreaterThanOrEqual(32);
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await page.getByText('你现在处于离线状态，答案还没有提交成功：恢复联网后会自动发送，请不要关闭此页面。').waitFor();
  expect(await page.getByText(/已收到你的答案/).count()).toBe(0);
  expect((await axeViolations(page)).join('\n')).toBe('');

  // The trainer reveals while the answer waits on the phone; back online, the phone says it did not count.
  await r.reveal();
  expect(r.answered()).toBe(0);
  await context.setOffline(false);
  await page.getByText('你的答案没有及时送达讲师，未计入。正确答案：具体').waitFor({ timeout: 60_000 });
  expect(await page.getByText(/这次你没有作答/).count()).toBe(0);

  // Online, the same phone's answer is in once the server says so; a second tab of the seat that chose otherwise is told its answer did not count.
  await r.push({ ...quiz, prompt: { 'zh-CN': '目标应当可衡量吗？', en: 'Measurable?' } });
  const tab2 = await context.newPage();
  tab2.on('pageerror', (e) => errors.push(e.message));
  await tab2.goto(page.url());
  await tab2.getByRole('radio', { name: '模糊', exact: true }).waitFor();
  await page.getByRole('radio', { name: '具体', exact: true }).check();
  await page.getByRole('button', { name: '提交答案' }).click();
  await page.getByText('已收到你的答案，等待讲师公布结果。').waitFor();
  await tab2.getByRole('radio', { name: '模糊', exact: true }).check();
  await tab2.getByRole('button', { name: '提交答案' }).click();
  await tab2.getByText('你已在另一个页面或设备上回答过这道题：计入的是那一次的答案，而不是这次的。').waitFor();
  expect(await tab2.getByText(/已收到你的答案/).count()).toBe(0);
  await expect.poll(() => r.answered()).toBe(1);

  expect(errors).toEqual([]);
  r.trainer.close();
  await context.close();
});

test('the word cloud on a phone is a cloud: no bullets, short words side by side, an unbroken word wrapped inside the screen', async () => {
  const r = await room();
  const { context, page, errors } = await phoneIn(browser(), 'en');
  await joinAs(page, baseURL, r.code, 'Lily', 'en');
  const other = await r.seat('cloud-seat-0001', 'Ana');
  const cloudId = await r.push({ kind: 'open', prompt: { en: 'One word?' } });
  await page.getByLabel('Your answer, in a few words').fill(`clear goals ${'z'.repeat(150)}`);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  other.send({ t: 'answer', qid: cloudId, text: 'clear targets, fair pay, time' });
  await expect.poll(() => r.answered()).toBe(2);
  await r.reveal();
  const cloud = page.getByRole('list', { name: "Word cloud of the room’s answers" });
  await cloud.getByRole('listitem').filter({ hasText: /^clear/ }).waitFor();
  const words = await cloud.evaluate((list) => ({
    bullet: getComputedStyle(list).listStyleType,
    rows: new Set([...list.children].map((li) => Math.round(li.getBoundingClientRect().bottom))).size,
    count: list.children.length,
    right: Math.max(...[...list.children].map((li) => li.getBoundingClientRect().right)),
  }));
  expect(words.bullet).toBe('none');
  expect(words.count).toBeGreaterThanOrEqual(5);
  expect(words.rows).toBeLessThan(words.count - 1);
  expect(words.right).toBeLessThanOrEqual(390);
  expect((await axeViolations(page)).join('\n')).toBe('');

  expect(errors).toEqual([]);
  other.close();
  r.trainer.close();
  await context.close();
});

test('on a 390 px phone nothing scrolls sideways, whatever the room types: a long name, a long link as an option, a 280-character question, an unbroken word in the cloud, a long reply', async () => {
  const r = await room();
  const { context, page, errors } = await phoneIn(browser(), 'en');
  const longName = 'W'.repeat(30);
  await joinAs(page, baseURL, r.code, longName, 'en');
  const other = await r.seat('other-seat-0001', 'Ana');
  expect(await sideways(page)).toBe(0);

  // A poll whose option is one long link.
  const link = `https://example.com/${'a'.repeat(200)}`;
  const pollId = await r.push({ kind: 'poll', prompt: { en: `Which one? ${'Q'.repeat(120)}` }, options: [{ id: 'a', text: { en: link } }, { id: 'b', text: { en: 'Short' } }] });
  await page.getByRole('radio', { name: link }).check();
  expect(await sideways(page)).toBe(0);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  other.send({ t: 'answer', qid: pollId, optionIds: ['b'] });
  await expect.poll(() => r.answered()).toBe(2);
  await r.reveal();
  await page.getByRole('list', { name: 'Answers per option in the room' }).waitFor();
  expect(await sideways(page)).toBe(0);

  // Q&A: one unbroken 280-character question; its upvote button stays on screen and works.
  await r.push({ kind: 'qa', prompt: { en: 'Questions?' } });
  other.send({ t: 'ask', text: 'x'.repeat(280) });
  const entry = page.getByRole('list', { name: 'Questions from the room' }).getByRole('listitem').first();
  await entry.waitFor();
  expect(await sideways(page)).toBe(0);
  const upvote = entry.getByRole('button', { name: /^Upvote/ });
  const box = (await upvote.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await upvote.click();
  await expect.poll(() => upvote.getAttribute('aria-pressed')).toBe('true');
  expect((await axeViolations(page)).join('\n')).toBe('');

  // The word cloud with an unbroken word.
  const cloudId = await r.push({ kind: 'open', prompt: { en: 'One word?' } });
  await page.getByLabel('Your answer, in a few words').fill(`clear goals ${'z'.repeat(150)}`);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  other.send({ t: 'answer', qid: cloudId, text: 'clear targets, fair pay, time' });
  await expect.poll(() => r.answered()).toBe(2);
  await r.reveal();
  const cloud = page.getByRole('list', { name: "Word cloud of the room’s answers" });
  await cloud.getByRole('listitem').filter({ hasText: /^clear/ }).waitFor();
  expect(await sideways(page)).toBe(0);

  // An objection answered with one unbroken reply: the phone's own verdict and the room's split fit too.
  await r.push({ kind: 'objection', objection: 'price', prompt: { en: 'Your price is too high.' } });
  await page.getByLabel('Your reply to the customer, in your own words').fill(`What worries you most about the price? ${'y'.repeat(200)}`);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByText('Your answer is in; waiting for the trainer to reveal the result.').waitFor();
  await r.reveal();
  await page.getByRole('region', { name: 'How your reply was read' }).waitFor();
  await page.getByRole('list', { name: 'Replies in the room by LSCPA step' }).waitFor();
  expect(await sideways(page)).toBe(0);
  expect((await axeViolations(page)).join('\n')).toBe('');

  expect(errors).toEqual([]);
  other.close();
  r.trainer.close();
  await context.close();
});
