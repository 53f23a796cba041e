import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';

// A room's phones scan the trainer's code and open the join page, most for the first time: it
// comes in the phone's own language, asking for that language's words only, and the head script
// asks for the page's code while the app starts, not after.
const baseURL = inject('baseURL');
const browser = sharedBrowser();

describe.each([
  ['en-US', 'en', 'Join code'],
  ['zh-CN', 'zh-CN', '加入码'],
] as const)('a phone reading %s', (phoneLanguage, locale, codeLabel) => {
  test('opens the join form in its language, fetching only that language, with the page asked for at once', async () => {
    const context = await browser().newContext({ locale: phoneLanguage, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const asked: string[] = [];
    context.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${baseURL}/join?code=123456`);
    await expect.poll(() => page.getByLabel(codeLabel, { exact: true }).inputValue()).toBe('123456');

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const other = locale === 'en' ? 'zh-CN' : 'en';
    expect(asked.filter((p) => /\/assets\/(strings|course)-/.test(p))).toEqual(expect.arrayContaining([expect.stringContaining(`strings-${locale}-`), expect.stringContaining(`course-${locale}-`)]));
    expect(asked.filter((p) => p.includes(`/strings-${other}-`) || p.includes(`/course-${other}-`))).toEqual([]);
    // The head script asks for the join page's code beside the app's start; the app asks for
    // config.json only once its start has arrived and run, and without the head script asks for the page after that.
    const joinPage = asked.findIndex((p) => /^\/assets\/join-page-[\w-]+\.js$/.test(p));
    expect(joinPage).toBeGreaterThanOrEqual(0);
    expect(joinPage).toBeLessThan(asked.indexOf('/config.json'));
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});
