import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';

// A room's phones scan the trainer's code and open the join page, most for the first time: it
// comes in the phone's own language, asking for that language's words only, and the head script
// asks for the page's code and config.json while the app's start is on its way, not after.
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
    // A phone's round trip, so that "while the start is on its way" has room to show.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
    await page.goto(`${baseURL}/join?code=123456`);
    await expect.poll(() => page.getByLabel(codeLabel, { exact: true }).inputValue()).toBe('123456');

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const other = locale === 'en' ? 'zh-CN' : 'en';
    expect(asked.filter((p) => /\/assets\/(strings|course)-/.test(p))).toEqual(expect.arrayContaining([expect.stringContaining(`strings-${locale}-`), expect.stringContaining(`course-${locale}-`)]));
    // Nor the other language's feature strings (chunks named for their language).
    expect(asked.filter((p) => p.includes(`/strings-${other}-`) || p.includes(`/course-${other}-`) || p.startsWith(`/assets/${other}-`))).toEqual([]);
    // The head script asks for the join page's code and config.json beside the app's start;
    // without it the app would ask for both only once its start had arrived and run. Each is asked for once.
    const timing = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname, startTime: e.startTime, responseEnd: e.responseEnd })),
    );
    const start = timing.find((e) => /^\/assets\/start-[\w-]+\.js$/.test(e.path));
    const asked1 = (pattern: RegExp) => {
      const found = timing.filter((e) => pattern.test(e.path));
      expect(found, String(pattern)).toHaveLength(1);
      return found[0]!;
    };
    expect(start).toBeDefined();
    expect(asked1(/^\/assets\/join-page-[\w-]+\.js$/).startTime).toBeLessThan(start!.responseEnd);
    expect(asked1(/^\/config\.json$/).startTime).toBeLessThan(start!.responseEnd);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});
