import { expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { LATE_GRACE_MS, phoneFriendly } from '../../src/domain';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { fillJoinForm, startLiveSession } from './live-setup';
import { banks } from './quiz-oracle';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

/** The item the console pushes by default (the first a phone can answer): a right and a wrong choice, as phones show them in each language. */
function defaultItemChoices() {
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  if (item.type === 'truefalse') return { right: { zh: item.answer ? '正确' : '错误', en: item.answer ? 'True' : 'False' }, wrong: { zh: item.answer ? '错误' : '正确' } };
  if (item.type === 'single') {
    const right = item.options.find((o) => o.correct)!;
    return { right: { zh: right.text['zh-CN'], en: right.text.en }, wrong: { zh: item.options.find((o) => !o.correct)!.text['zh-CN'] } };
  }
  throw new Error(`the first phone-friendly item of 01 is a ${item.type}; pick another in this test`);
}

type Lang = 'zh' | 'en';
const words = {
  zh: { wait: '等待讲师发布题目…', send: '提交答案' },
  en: { wait: "Waiting for the trainer’s question…", send: 'Send answer' },
} as const;

interface Phone {
  name: string;
  lang: Lang;
  context: BrowserContext;
  page: Page;
}

async function phone(b: Browser, lang: Lang, errors: string[]): Promise<Omit<Phone, 'name'>> {
  // An English phone says so in its own languages; /join follows them. axe is injected as a script, so CSP is bypassed.
  const context = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { lang, context, page };
}

const joinAs = (p: Omit<Phone, 'name'>, code: string, name: string) => fillJoinForm(p.page, baseURL, code, name, p.lang === 'en' ? 'en' : 'zh-CN');

async function inViewport(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  const size = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
}

test('a trainer runs the room: a set prepared in one session is reused in the next; the projector shows the join screen, the countdown, the counts, the reveal, the word cloud, the Q&A and the podium; phones see their own results; a late answer is refused', async () => {
  const errors: string[] = [];
  const trainer = await browser().newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const console_ = await trainer.newPage();
  console_.on('pageerror', (e) => errors.push(e.message));
  console_.on('dialog', (d) => void d.accept());
  await console_.goto(`${baseURL}/present/01-foundations`);

  // Before class: a session only to prepare a question set for the module, then ended.
  const { panel } = await startLiveSession(console_);
  await panel.getByRole('button', { name: '准备题组' }).click();
  await panel.getByLabel('新题组名称').fill('热身');
  await panel.getByLabel('词云问题').fill('用一个词形容好的销售目标');
  await panel.getByRole('button', { name: '把词云题加入题组' }).click();
  await panel.getByRole('button', { name: '把问答环节加入题组' }).click();
  await panel.getByRole('button', { name: '保存题组' }).click();
  await panel.getByText('热身（2 题）').waitFor();
  await panel.getByRole('button', { name: '结束课堂互动' }).click();
  await panel.getByRole('button', { name: '开始新的课堂互动' }).click();

  // The session of the day, with the projector window beside the console (16:9).
  const { code } = await startLiveSession(console_);
  const projector = await trainer.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  projector.on('pageerror', (e) => errors.push(e.message));
  await projector.goto(`${baseURL}/present/01-foundations/screen`);
  const stage = projector.getByRole('region', { name: '课堂互动' });
  await stage.getByText(`${code.slice(0, 3)} ${code.slice(3)}`).waitFor();
  await stage.getByText(`扫描二维码或访问 ${new URL(baseURL).host}/join`).waitFor();
  expect(await stage.getByRole('img', { name: '加入课堂的二维码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

  // Five phones, two of them in English; the fifth picks a name already taken and is offered a variant.
  const phones: Phone[] = [];
  for (const [name, lang] of [['Amy', 'zh'], ['Ben', 'zh'], ['Cai', 'zh'], ['Dan', 'en']] as const) {
    const p = await phone(browser(), lang, errors);
    await joinAs(p, code, name);
    await p.page.getByText(words[lang].wait).waitFor();
    phones.push({ ...p, name });
  }
  const fifth = await phone(browser(), 'en', errors);
  await joinAs(fifth, code, 'Dan');
  await fifth.page.getByRole('alert').getByText(/Someone in this class already uses that name\. “Dan 2” is free/).waitFor();
  expect(await fifth.page.getByLabel('Your name').inputValue()).toBe('Dan 2');
  await fifth.page.getByRole('button', { name: 'Join', exact: true }).click();
  await fifth.page.getByText(words.en.wait).waitFor();
  phones.push({ ...fifth, name: 'Dan 2' });
  const [amy, ben, cai, dan, dan2] = phones as [Phone, Phone, Phone, Phone, Phone];

  await stage.getByText('已加入 5 人').waitFor();
  expect((await stage.getByRole('list', { name: '已加入的学员' }).getByRole('listitem').allTextContents()).sort()).toEqual(['Amy', 'Ben', 'Cai', 'Dan', 'Dan 2']);
  expect((await axeViolations(projector)).join('\n')).toBe('');
  expect((await axeViolations(dan.page)).join('\n')).toBe('');
  // The join screen fits a 4:3 projector too.
  await projector.setViewportSize({ width: 1024, height: 768 });
  expect(await inViewport(projector, stage.getByRole('img', { name: '加入课堂的二维码' }))).toBe(true);
  expect(await inViewport(projector, stage.getByText(`${code.slice(0, 3)} ${code.slice(3)}`))).toBe(true);
  await projector.setViewportSize({ width: 1280, height: 720 });
  expect(await inViewport(projector, stage.getByRole('img', { name: '加入课堂的二维码' }))).toBe(true);

  // A quiz item against a 20-second clock.
  await panel.getByLabel('作答时间（秒）').fill('20');
  await panel.getByRole('button', { name: '发布测验题' }).click();
  await stage.getByRole('timer').waitFor();
  await stage.getByText('已作答 0 人').waitFor();
  for (const p of phones) await p.page.getByRole('button', { name: words[p.lang].send }).waitFor();
  await amy.page.getByText(/剩余 \d+ 秒 · 现在答对得 [\d,]+ 分/).waitFor();
  const choice = defaultItemChoices();
  const answer = async (p: Phone, option: string) => {
    await p.page.getByRole('radio', { name: option, exact: true }).check();
    await p.page.getByRole('button', { name: words[p.lang].send }).click();
  };
  await answer(amy, choice.right.zh);
  await answer(ben, choice.wrong.zh);
  await answer(cai, choice.right.zh);
  await answer(dan, choice.right.en);
  await stage.getByText('已作答 4 人').waitFor();
  // Before the reveal the room sees how many answered, not what.
  expect(await stage.getByRole('list', { name: '各选项人数' }).count()).toBe(0);

  // Dan 2 waits out the clock: the phone says time is up, and an answer sent after the server's grace is refused.
  await dan2.page.getByText('Time is up: an answer sent now will most likely arrive too late.').waitFor({ timeout: 60_000 });
  const timeUp = Date.now();
  // The time limit is the thing under test: real time has to pass the server's grace, so this waits on the clock.
  await expect.poll(() => Date.now() - timeUp, { timeout: 60_000, interval: 200 }).toBeGreaterThan(LATE_GRACE_MS + 500);
  await answer(dan2, choice.right.en);
  await dan2.page.getByText('Too late: the time limit had passed when your answer reached the trainer, so it was not counted.').waitFor();
  await stage.getByText('时间到').waitFor();
  expect(await stage.getByText('已作答 4 人').count()).toBe(1);

  await panel.getByRole('button', { name: '公布答案' }).click();
  const chart = stage.getByRole('list', { name: '各选项人数' });
  await chart.waitFor();
  expect(await chart.getByRole('listitem').filter({ hasText: '（正确答案）' }).count()).toBe(1);
  await amy.page.getByText(/回答正确！本题得分 [\d,]+。/).waitFor();
  await ben.page.getByText(/这次没答对。正确答案：/).waitFor();
  await dan.page.getByText(/Right! [\d,]+ points for this one\./).waitFor();
  await dan2.page.getByText(/Your answer did not reach the trainer in time, so it was not counted\. The answer: /).waitFor();
  await ben.page.getByRole('list', { name: '全场各选项人数' }).getByText('（你的答案）').waitFor();
  expect((await axeViolations(amy.page)).join('\n')).toBe('');
  expect((await axeViolations(dan.page)).join('\n')).toBe('');
  expect((await axeViolations(projector)).join('\n')).toBe('');

  // From here the console is worked from the keyboard, as a trainer at a lectern does.
  await console_.getByRole('group', { name: '投影画面显示' }).getByRole('button', { name: '排行榜' }).press('Enter');
  await stage.getByRole('heading', { name: '排行榜' }).waitFor();
  expect((await stage.getByRole('listitem').allTextContents()).slice(0, 3).map((r) => r.replace(/^[\d,]+/, '').replace(/[\d,]+ 分$/, '')).sort()).toEqual(['Amy', 'Cai', 'Dan']);

  // The word cloud and the Q&A round come from the set prepared before the session.
  const sets = panel.getByRole('region', { name: '题组' });
  await sets.getByText('热身（2 题）').press('Enter');
  await sets.getByRole('button', { name: '发布：词云：用一个词形容好的销售目标' }).press('Enter');
  await stage.getByRole('heading', { name: '用一个词形容好的销售目标' }).waitFor();
  const cloudAnswers: [Phone, string, string][] = [
    [amy, '用几个词回答', '客户满意度很重要'],
    [ben, '用几个词回答', '重视客户'],
    [dan, 'Your answer, in a few words', 'customer focus'],
  ];
  for (const [p, label, text] of cloudAnswers) {
    await p.page.getByLabel(label).fill(text);
    await p.page.getByRole('button', { name: words[p.lang].send }).click();
  }
  const cloud = stage.getByRole('list', { name: '全场回答词云' });
  await stage.getByText('已作答 3 人').waitFor();
  await cloud.getByRole('listitem').filter({ hasText: /^客户/ }).waitFor();
  expect(await cloud.getByRole('listitem').filter({ hasText: /^customer/ }).count()).toBe(1);
  await panel.getByRole('button', { name: '公布答案' }).press('Enter');
  await dan.page.getByRole('list', { name: "Word cloud of the room’s answers" }).getByRole('listitem').filter({ hasText: /^客户/ }).waitFor();

  await sets.getByRole('button', { name: /^发布：问答：/ }).press('Enter');
  await amy.page.getByLabel('你想问讲师的问题').fill('如何设定有挑战性的目标？');
  await amy.page.getByRole('button', { name: '提问' }).click();
  const asked = (p: Phone) => p.page.getByRole('listitem').filter({ hasText: '如何设定有挑战性的目标？' });
  await asked(ben).getByRole('button', { name: /^点赞/ }).click();
  await asked(dan).getByRole('button', { name: /^Upvote/ }).click();
  const qa = stage.getByRole('list', { name: '全场提问' });
  await qa.getByRole('listitem').filter({ hasText: '3 票' }).waitFor();
  expect((await axeViolations(dan.page)).join('\n')).toBe('');
  await panel.getByRole('listitem').filter({ hasText: '如何设定有挑战性的目标？' }).getByRole('button', { name: '标记为已回答' }).press('Enter');
  await qa.getByText('已回答').waitFor();
  await dan.page.getByRole('list', { name: 'Questions from the room' }).getByText('Answered').waitFor();

  // The SMART goal call about the company: each phone reads it in its language, and after the reveal sees its own verdicts.
  await panel.getByRole('button', { name: '发起 SMART 目标征集' }).press('Enter');
  await amy.page.getByRole('heading', { name: '请为云启软件写一个 2027 年的 SMART 销售目标。' }).waitFor();
  await dan.page.getByRole('heading', { name: 'Write a SMART sales goal for Yunqi Software for 2027.' }).waitFor();
  await amy.page.getByLabel('你的 SMART 目标').fill('2027年第三季度，华东区企业级客户新签合同额达到1500万元，比去年同期增长25%');
  await amy.page.getByRole('button', { name: '提交答案' }).click();
  await dan.page.getByLabel('Your SMART goal').fill('By the end of Q3 2027, grow enterprise revenue in East China to RMB 15 million, up 25% on the same quarter last year');
  await dan.page.getByRole('button', { name: 'Send answer' }).click();
  await stage.getByText('已作答 2 人').waitFor();
  await panel.getByRole('button', { name: '公布答案' }).press('Enter');
  // Each phone hears the reveal on its own socket: wait for each, not only the first.
  await amy.page.getByRole('heading', { name: '你的目标逐项评估' }).waitFor();
  await dan.page.getByRole('heading', { name: 'Your goal, criterion by criterion' }).waitFor();
  expect(await amy.page.getByRole('listitem').filter({ hasText: /^相关: 满足$/ }).count()).toBe(1);
  expect(await dan.page.getByRole('listitem').filter({ hasText: /^Achievable: met$/ }).count()).toBe(1);
  expect(await dan.page.getByRole('listitem').filter({ hasText: /^Relevant: met$/ }).count()).toBe(1);
  await dan.page.getByRole('list', { name: 'Goals meeting each SMART criterion' }).waitFor();
  await stage.getByRole('list', { name: '满足各项 SMART 标准的目标数' }).waitFor();
  expect((await axeViolations(amy.page)).join('\n')).toBe('');

  // An English audience screen on another computer follows the same session.
  const remote = await browser().newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
  await remote.addInitScript(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'system', showNotes: false }, version: 1 })));
  const remoteScreen = await remote.newPage();
  remoteScreen.on('pageerror', (e) => errors.push(e.message));
  await remoteScreen.goto(`${baseURL}/present/01-foundations/screen?live=${code}`);
  await remoteScreen.getByRole('region', { name: 'Live session' }).getByRole('list', { name: 'Goals meeting each SMART criterion' }).waitFor();
  expect((await axeViolations(remoteScreen)).join('\n')).toBe('');

  // The end: the podium on both screens.
  await panel.getByRole('button', { name: '结束课堂互动' }).press('Enter');
  await stage.getByRole('heading', { name: '获奖名单' }).waitFor();
  const podium = await stage.getByRole('list', { name: '获奖名单' }).getByRole('listitem').allTextContents();
  expect(podium).toHaveLength(3);
  expect(podium[0]).toMatch(/第 1 名/);
  await remoteScreen.getByRole('heading', { name: 'The winners' }).waitFor();
  expect(await inViewport(remoteScreen, remoteScreen.getByText('1st'))).toBe(true);
  expect((await axeViolations(remoteScreen)).join('\n')).toBe('');
  await amy.page.getByText('讲师已结束这场课堂互动，谢谢参与！').waitFor();

  expect(errors).toEqual([]);
  for (const p of phones) await p.context.close();
  await remote.close();
  await trainer.close();
});
