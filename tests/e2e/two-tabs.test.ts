import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { slideSeen } from './reading';
import { axeViolations } from './axe';
import { startStaticServer } from '../../src/server/static-server';

const browser = sharedBrowser();
const slides08 = ['eq-overview', 'eq-and-sales-success', 'listening-and-questioning', 'expressing-and-trust'];
const goalText = 'By the end of 2027, reach RMB 20 million in cloud collaboration suite revenue in East China';

// The built course on a plain static server: no records server, so the device's storage is all there is.
let server: Server;
let url: string;
beforeAll(async () => {
  ({ server, url } = await startStaticServer({ root: 'dist', port: 0, log: () => {} }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** What the home page says of module 08 (its status and slides read). */
async function module08(page: Page) {
  return page.getByRole('article', { name: 'Emotional intelligence in reaching sales targets' }).textContent();
}

test('two tabs of the course keep each other’s work: a module read in one and a goal saved in the other both survive', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript(() => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'system', showNotes: false }, version: 1 }));
  });
  const errors: string[] = [];
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  for (const tab of [tabA, tabB]) tab.on('pageerror', (e) => errors.push(e.message));

  // Tab B is open on module 01 before tab A reads anything: its reading progress in memory is older.
  await tabB.goto(`${url}/modules/01-foundations/smart-criteria`);
  await slideSeen(tabB, '01-foundations', 'smart-criteria');

  // Tab A reads module 08 through.
  for (const id of slides08) {
    await tabA.goto(`${url}/modules/08-eq/${id}`);
    await slideSeen(tabA, '08-eq', id);
  }

  // Tab B, never reloaded, saves a SMART goal and turns a slide of module 01 (both kept on the device).
  await tabB.getByRole('link', { name: 'SMART goal practice' }).first().click();
  await tabB.getByRole('textbox', { name: 'Your goal' }).fill(goalText);
  await expect.poll(() => tabB.getByText('All five criteria met.').count()).toBe(1);
  expect((await axeViolations(tabB)).join('\n')).toBe('');
  await tabB.getByRole('button', { name: 'Save to my goals' }).click();
  await expect.poll(() => tabB.getByRole('region', { name: 'My goals' }).getByText(goalText, { exact: true }).count()).toBe(1);
  await tabB.goBack();
  await tabB.locator('.slide__title').waitFor();
  await tabB.keyboard.press('ArrowRight');
  await slideSeen(tabB, '01-foundations', 'target-types');

  // After a reload, each tab has both: module 08 read, module 01 begun, the goal saved.
  for (const tab of [tabA, tabB]) {
    await tab.goto(url);
    await expect.poll(() => module08(tab)).toMatch(/Read/);
    expect(await module08(tab)).toMatch(/4 of 4 slides/);
    expect((await axeViolations(tab)).join('\n')).toBe('');
    await tab.goto(`${url}/practice/smart`);
    await expect.poll(() => tab.getByRole('region', { name: 'My goals' }).getByText(goalText, { exact: true }).count()).toBe(1);
  }
  const stored = await tabA.evaluate(() => JSON.parse(localStorage.getItem('sta:progress') ?? '{}') as { state: { modules: Record<string, { seen: Record<string, string> }> } });
  expect(Object.keys(stored.state.modules['08-eq']!.seen).sort()).toEqual([...slides08].sort());
  expect(Object.keys(stored.state.modules['01-foundations']!.seen).sort()).toEqual(['smart-criteria', 'target-types']);
  expect(errors).toEqual([]);
  await context.close();
});
