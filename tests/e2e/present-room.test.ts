import { expect, inject, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser, trainerSetUpAs } from './chromium';
import { axeViolations } from './axe';
import { joinAs, startLiveSession } from './live-setup';
import { banks } from './quiz-oracle';
import { phoneFriendly } from '../../src/domain';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

// Found as a trainer finds them: by role and name.
const consoleTitle = (page: Page) => page.getByRole('region', { name: /^(当前页|Current slide)/ }).getByRole('region').first().getByRole('heading', { level: 2 }).textContent();
const screenTitle = (page: Page) => page.getByRole('region', { includeHidden: true }).first().getByRole('heading', { level: 2, includeHidden: true }).textContent();
const livePanel = (page: Page) => page.getByRole('region', { name: /^(课堂互动|Live questions)$/ });
const room = (page: Page) => page.getByRole('region', { name: /^(手机遥控与课堂|Phone remote and room)$/ });

async function trainer(locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<BrowserContext> {
  // axe is injected as a script, so the trainer's pages run without the page's CSP.
  return trainerSetUpAs(browser(), baseURL, { viewport: { width: 1366, height: 800 }, bypassCSP: true }, { locale, theme: 'light' });
}

/** Starts a live session from the console's live panel (which says what failed, if a step does) and gives its code. */
async function startSession(page: Page, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  const { code } = await startLiveSession(page, locale);
  expect(code).toMatch(/^\d{6}$/);
  // The room section learns of the session and offers the remote.
  await room(page).getByRole('link', { name: /^(在本机打开手机遥控器|Open the phone remote here)$/ }).waitFor();
  return code;
}

test('an audience screen on another machine follows ten slide changes through the server, and a screen tied to the console ignores a second console tab', async () => {
  const context = await trainer();
  const presenter = await context.newPage();
  await presenter.goto(`${baseURL}/present/03-execution`);
  const code = await startSession(presenter);

  // Another computer: its own browser, nothing shared with the console but the server.
  const far = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  const screen = await far.newPage();
  await screen.goto(`${baseURL}/present/03-execution/screen?live=${code}`);
  const tied = await far.newPage();
  const tiedHref = await room(presenter).getByRole('link', { name: /只跟随本控制台/ }).getAttribute('href');
  expect(tiedHref).toMatch(new RegExp(`live=${code}&console=[a-z0-9-]+$`));
  await tied.goto(tiedHref!);
  await expect.poll(() => screenTitle(screen)).toBe(await consoleTitle(presenter));
  await expect.poll(() => screenTitle(tied)).toBe(await consoleTitle(presenter));

  const keys = ['ArrowRight', 'ArrowRight', 'PageDown', ' ', 'ArrowRight', 'ArrowLeft', 'End', 'PageUp', 'Home', 'ArrowRight'];
  for (const key of keys) {
    const before = await consoleTitle(presenter);
    await presenter.keyboard.press(key);
    await expect.poll(() => consoleTitle(presenter)).not.toBe(before);
    const title = await consoleTitle(presenter);
    await expect.poll(() => screenTitle(screen)).toBe(title);
    await expect.poll(() => screenTitle(tied)).toBe(title);
    // The screens keep the session in their address, so a reload follows on.
    expect(new URL(screen.url()).searchParams.get('live')).toBe(code);
  }
  await screen.reload();
  await expect.poll(() => screenTitle(screen)).toBe(await consoleTitle(presenter));

  // A second console tab on the same module (it runs the same session) never moves the tied screen.
  const where = await consoleTitle(presenter);
  const second = await context.newPage();
  await second.goto(`${baseURL}/present/03-execution?slide=sales-funnel`);
  await room(second).getByRole('link', { name: /^(在本机打开手机遥控器|Open the phone remote here)$/ }).waitFor();
  await second.keyboard.press('ArrowRight');
  await second.keyboard.press('ArrowRight');
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => consoleTitle(presenter)).not.toBe(where);
  const moved = await consoleTitle(presenter);
  await expect.poll(() => screenTitle(tied)).toBe(moved);
  await far.close();
  await context.close();
});

test('the phone remote turns the console, reveals a hidden part, blanks the screen and pauses the timer; axe finds nothing on it or on the console, in both languages', async () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const context = await trainer(locale);
    const presenter = await context.newPage();
    await presenter.goto(`${baseURL}/present/08-eq?slide=eq-overview`);
    await startSession(presenter, locale);
    // This server listens on 127.0.0.1 only: the console says phones cannot reach it, and how to start it for a room.
    expect(await room(presenter).getByRole('note').textContent()).toContain('HOST=0.0.0.0 npm start');
    expect((await axeViolations(presenter)).join('\n')).toBe('');
    // The console keeps its controls in view: the page itself does not scroll.
    expect(await presenter.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);

    const href = await room(presenter).getByRole('link', { name: /^(在本机打开手机遥控器|Open the phone remote here)$/ }).getAttribute('href');
    const phoneContext = await trainerSetUpAs(browser(), baseURL, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true }, { locale, theme: 'light' });
    const phone = await phoneContext.newPage();
    await phone.goto(href!);
    const en = locale === 'en';
    await phone.getByRole('heading', { level: 2, name: en ? 'Slide 1 of 4' : '第 1 页，共 4 页' }).waitFor();

    await phone.getByRole('button', { name: en ? 'Reveal next' : '揭晓下一项' }).tap();
    await expect.poll(() => new URL(presenter.url()).searchParams.get('reveal')).toBe('1');
    await phone.getByRole('button', { name: en ? 'Next →' : '下一页 →' }).tap();
    await expect.poll(() => new URL(presenter.url()).searchParams.get('reveal')).toBe('2');
    await phone.getByRole('button', { name: en ? 'Black screen' : '黑屏' }).tap();
    await expect.poll(() => new URL(presenter.url()).searchParams.get('black')).toBe('1');
    await phone.getByRole('button', { name: en ? 'Black screen' : '黑屏', pressed: true }).waitFor();
    await phone.getByRole('button', { name: en ? 'Pause timer' : '暂停计时' }).tap();
    await presenter.getByRole('group', { name: en ? 'Timer' : '计时' }).getByRole('button', { name: en ? 'Resume timer' : '继续计时' }).waitFor();
    await phone.getByRole('button', { name: en ? 'Resume timer' : '继续计时' }).waitFor();
    const before = await consoleTitle(presenter);
    // The first tap shows the slide's last hidden part, the second turns the slide.
    await phone.getByRole('button', { name: en ? 'Next →' : '下一页 →' }).tap();
    await expect.poll(() => new URL(presenter.url()).searchParams.get('reveal')).toBe('3');
    await phone.getByRole('button', { name: en ? 'Next →' : '下一页 →' }).tap();
    await expect.poll(() => consoleTitle(presenter)).not.toBe(before);
    await phone.getByRole('heading', { level: 2, name: en ? 'Slide 2 of 4' : '第 2 页，共 4 页' }).waitFor();
    await phone.getByText(await consoleTitle(presenter) as string, { exact: true }).waitFor();
    expect((await axeViolations(phone)).join('\n')).toBe('');
    await phoneContext.close();
    await context.close();
  }
});

test('after the session the trainer downloads every answer as CSV and XLSX, and reads them back', async () => {
  const context = await trainer();
  const presenter = await context.newPage();
  await presenter.goto(`${baseURL}/present/01-foundations`);
  const code = await startSession(presenter);

  const phoneContext = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const phone = await phoneContext.newPage();
  await joinAs(phone, baseURL, code, '=Amy');

  await livePanel(presenter).getByRole('button', { name: '发布测验题' }).click();
  await phone.getByRole('button', { name: '提交答案' }).waitFor();
  const item = banks['01-foundations']!.items.filter(phoneFriendly)[0]!;
  const right = item.type === 'truefalse' ? (item.answer ? '正确' : '错误') : item.type === 'single' ? item.options.find((o) => o.correct)!.text['zh-CN'] : '';
  await phone.getByRole('radio', { name: right, exact: true }).check();
  await phone.getByRole('button', { name: '提交答案' }).click();
  await phone.getByText('已收到你的答案，等待讲师公布结果。').waitFor();
  await livePanel(presenter).getByRole('button', { name: '公布答案' }).click();
  await phone.getByText(/回答正确！本题得分/).waitFor();

  const [csvDownload] = await Promise.all([presenter.waitForEvent('download'), room(presenter).getByRole('button', { name: '下载答题结果（CSV）' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^live-results-${code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('"题号","题目","题型","姓名","工号","答案","是否正确","得分","作答时间","用时（秒）"');
  expect(lines).toHaveLength(2);
  // The name that looks like a formula is defused; the time is an ISO 8601 instant with its offset.
  expect(lines[1]).toMatch(new RegExp(`^"1",".+","测验","'=Amy","","${right}","正确","(\\d{3,4})","\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z","[\\d.]+"$`));
  const points = Number(/"正确","(\d+)"/.exec(lines[1]!)![1]);
  expect(points).toBeGreaterThanOrEqual(500);

  const [xlsxDownload] = await Promise.all([presenter.waitForEvent('download'), room(presenter).getByRole('button', { name: '下载答题结果（XLSX）' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await xlsxDownload.path())!)));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('=Amy');
  expect(sheet).not.toContain('<f>');
  expect(sheet).toContain(`<v>${points}</v>`);
  expect(strFromU8(files['xl/workbook.xml']!)).toContain('答题结果');

  // Without the trainer's key the server gives nothing.
  const refused = await presenter.evaluate(async (c) => (await fetch(`/api/live/sessions/${c}/results.csv`, { headers: { Authorization: 'Bearer not-the-trainer-key' } })).status, code);
  expect(refused).toBe(403);
  await phoneContext.close();
  await context.close();
});
