import { expect, inject, test } from 'vitest';
import { sharedBrowser, traineeContext } from './chromium';
import { clippedFields, horizontalOverflow } from './layout';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('on a phone every breakdown view shows its weights and locked amounts whole; a wide table scrolls in its own box', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/sandbox`);
  await page.getByLabel('从哪里开始').selectOption({ label: '华康医疗器械' });
  for (const view of ['按季度', '按区域', '按产品线', '按人员', '按客户级别']) {
    await page.getByRole('button', { name: view }).click();
    await expect.poll(() => page.getByRole('table').first().isVisible()).toBe(true);
    const lock = page.getByRole('checkbox', { name: /^锁定/ }).first();
    if ((await lock.count()) > 0) await lock.check();
    expect(await clippedFields(page), view).toEqual([]);
    expect(await horizontalOverflow(page), view).toBe(0);
  }
  await context.close();
});

test('in English on a phone the full-figure amounts fit: no view is clipped or scrolls the page sideways', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'system', showNotes: false }, version: 1 })));
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/sandbox`);
  await page.getByLabel('Start from').selectOption({ label: 'Huakang Medical Devices' });
  await expect.poll(() => page.getByText('Total RMB 33.6 million, equal to the yearly target ✓').count()).toBe(1);
  for (const view of ['By month', 'By quarter', 'By region', 'By product line', 'By person', 'By customer tier']) {
    await page.getByRole('button', { name: view }).click();
    await expect.poll(() => page.getByRole('table').first().isVisible()).toBe(true);
    const lock = page.getByRole('checkbox', { name: /^Lock/ }).first();
    if ((await lock.count()) > 0) await lock.check();
    expect(await clippedFields(page), view).toEqual([]);
    expect(await horizontalOverflow(page), view).toBe(0);
  }
  await context.close();
});
