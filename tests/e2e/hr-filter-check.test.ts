import { expect, inject, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { signInToHr } from './hr-sign-in';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('the "overdue only" checkbox sits before its words and level with them, on a laptop and a phone', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser().newContext({ viewport });
    const page = await context.newPage();
    await signInToHr(page, baseURL);
    const box = page.getByRole('checkbox', { name: '仅看逾期' });
    await box.waitFor();
    const words = await box.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.parentElement!);
      range.setStartAfter(el);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
    const check = (await box.boundingBox())!;
    expect(check.width).toBeLessThan(40);
    expect(check.x + check.width).toBeLessThanOrEqual(words.left);
    expect(Math.abs(check.y + check.height / 2 - (words.top + words.height / 2))).toBeLessThan(6);
    await context.close();
  }
});
