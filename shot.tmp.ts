import { startStaticServer } from './src/server/static-server';
import { launchChromium } from './tests/e2e/chromium';
const { server, url } = await startStaticServer({ root: 'dist', port: 0 });
const browser = await launchChromium();
const shots: [string, number, string, string, boolean][] = [['/', 390, 'zh-CN', 'light', true], ['/', 1280, 'en', 'dark', true], ['/welcome', 390, 'zh-CN', 'dark', false], ['/modules/03-execution/sales-funnel', 390, 'zh-CN', 'light', true], ['/practice/sandbox', 390, 'en', 'light', true]];
for (const [path, w, locale, theme, profile] of shots) {
  const context = await browser.newContext({ viewport: { width: w, height: 900 } });
  await context.addInitScript(([l, th, p]) => { localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: th, showNotes: false }, version: 1 })); if (p) localStorage.setItem('sta:profile', JSON.stringify({ state: { profile: { name: '李娜', employeeId: 'E1', department: 'D' }, registration: null }, version: 1 })); }, [locale, theme, profile] as const);
  const page = await context.newPage();
  await page.goto(url + path);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/wt23/${path.replace(/\W/g, '_')}-${w}-${locale}.png`, fullPage: path !== '/practice/sandbox' });
  await context.close();
}
await browser.close(); server.close();
