import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const funnelName = { 'zh-CN': '销售漏斗：各阶段占线索的比例', en: 'Sales funnel: share of leads reaching each stage' } as const;

test.each(['zh-CN', 'en'] as const)('on a 360 px phone in %s, every funnel stage holds its words inside its bar, and the bars still narrow stage by stage', async (locale) => {
  const context = await browser().newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.addInitScript((l) => {
    localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 }));
    localStorage.setItem('sta:profile', JSON.stringify({ state: { profile: { name: 'Phone 360', employeeId: 'P360', department: 'QA' }, registration: null }, version: 1 }));
  }, locale);
  const page = await context.newPage();
  await page.goto(`${baseURL}/modules/03-execution/sales-funnel`);
  const funnel = page.getByRole('list', { name: funnelName[locale] });
  await expect.poll(() => funnel.getByRole('listitem').count()).toBe(5);
  // Each stage: the bar (the box drawn behind the words) and the words (its percent and label).
  const stages = await funnel.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => {
      // The words are the spans inside the bar element; what is drawn is the box behind them (its ::before).
      const words = [...item.querySelectorAll('span span')];
      const element = words[0]!.parentElement!;
      const drawn = getComputedStyle(element, '::before');
      const left = element.getBoundingClientRect().left + parseFloat(drawn.left);
      return { bar: { left, right: left + parseFloat(drawn.width) }, words: words.map((w) => ({ left: w.getBoundingClientRect().left, right: w.getBoundingClientRect().right })) };
    }),
  );
  for (const { bar, words } of stages) for (const w of words) expect(w.left >= bar.left && w.right <= bar.right, JSON.stringify({ bar, w })).toBe(true);
  const widths = stages.map((s) => s.bar.right - s.bar.left);
  for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]!);
  expect(widths.at(-1)!).toBeLessThan(widths[0]!);
  await context.close();
});
