import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { bestPath, isEnding, type DialogueNode, type RoleplayScenario } from '../../src/domain';
import { contextSetUpAs, E2E_TRAINEE, sharedBrowser } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

function load(id: string): RoleplayScenario {
  const file = `content/roleplay/${id}.yaml`;
  const { scenario, problems } = validateRoleplay(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
  return scenario;
}

/** The replies of a path: always the first poor reply, or the strong seller's. */
function replies(s: RoleplayScenario, how: 'poor' | 'best', locale: 'zh-CN' | 'en'): string[] {
  if (how === 'best') return bestPath(s).map(({ nodeId, choiceIndex }) => (s.nodes[nodeId] as DialogueNode).choices[choiceIndex]!.text[locale]);
  const out: string[] = [];
  for (let id = s.start, n = 0; !isEnding(s.nodes[id]) && n < 30; n++) {
    const node = s.nodes[id] as DialogueNode;
    const choice = node.choices.find((c) => c.quality === 'poor') ?? node.choices[0]!;
    out.push(choice.text[locale]);
    id = choice.next;
  }
  return out;
}

async function tabToText(page: Page, text: string, max = 80) {
  // Tab only once the target is on the page: on a loaded machine the list may still be loading.
  await page.getByText(text, { exact: true }).first().waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    if (name === text) return;
  }
  throw new Error(`Could not reach "${text}" with Tab`);
}

/** A trainee who gave their details on the welcome page and chose the language in the header. */
const withLocale = (locale: 'zh-CN' | 'en') => contextSetUpAs(browser(), baseURL, { bypassCSP: true }, { profile: E2E_TRAINEE, locale });

test('price in Chinese: a poor path to "lost" with feedback, then the strong path to "won" and 100', async () => {
  const price = load('price');
  const context = await withLocale('zh-CN');
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/roleplay`);
  await page.getByRole('link', { name: '开始对话 · 价格异议' }).click();
  await page.getByRole('button', { name: '开始对话' }).click();

  const poor = replies(price, 'poor', 'zh-CN');
  for (const [i, text] of poor.entries()) {
    await page.getByRole('button', { name: text, exact: true }).click();
    if (i < poor.length - 1) await expect.poll(() => page.locator('.reply-feedback').count()).toBe(i + 1);
  }
  await expect.poll(() => page.getByRole('heading', { level: 2, name: '对话结束：失败' }).count()).toBe(1);
  expect(await page.locator('.reply-feedback--poor').count()).toBeGreaterThanOrEqual(poor.length);
  const lowScore = Number((await page.locator('.run-result__score').textContent())!.match(/得分 (\d+)/)![1]);
  expect(lowScore).toBeLessThan(40);
  expect((await axeViolations(page)).join('\n')).toBe('');

  await page.getByRole('button', { name: '再来一次' }).click();
  await page.getByRole('button', { name: '开始对话' }).click();
  for (const text of replies(price, 'best', 'zh-CN')) await page.getByRole('button', { name: text, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: '对话结束：成交' }).count()).toBe(1);
  expect(await page.locator('.run-result__score').textContent()).toBe('得分 100/100');
  expect(await page.locator('.lscpa__step--done').count()).toBe(5);

  await page.goto(`${baseURL}/practice/roleplay`);
  const card = page.getByRole('listitem').filter({ hasText: '价格异议' });
  await expect.poll(() => card.locator('.roleplay-card__status').textContent()).toBe('最高分 100 · 成交');
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

test('timing in English, by keyboard only, feedback at the end', async () => {
  const timing = load('timing');
  const context = await withLocale('en');
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/roleplay`);
  await page.getByRole('heading', { level: 1, name: 'Objection-handling role-plays' }).waitFor();
  await tabToText(page, 'Start the conversation · Timing objection');
  await page.keyboard.press('Enter');
  await tabToText(page, 'After each reply');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: 'At the end of the conversation' }).isChecked()).toBe(true);
  await tabToText(page, 'Start the conversation');
  await page.keyboard.press('Enter');
  await page.locator('.reply__option').first().waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  const strong = replies(timing, 'best', 'en');
  for (const [i, text] of strong.entries()) {
    await tabToText(page, text);
    await page.keyboard.press('Enter');
    // Feedback waits for the end of the conversation: once the reply shows in the conversation
    // (awaited, so an empty page cannot pass), there is no feedback beside it.
    // The last reply ends the conversation, whose result is checked below.
    if (i === strong.length - 1) continue;
    const conversation = page.getByRole('log', { name: 'Conversation' });
    await expect.poll(() => conversation.getByText('You', { exact: true }).count(), { timeout: 60_000 }).toBe(i + 1);
    expect(await conversation.getByText(/^(Strong reply|Could be better|Weak reply)$/).count()).toBe(0);
  }
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Conversation over: Won');
  expect(await page.locator('.run-result__score').textContent()).toBe('Score 100/100');
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

describe.each(['zh-CN', 'en'] as const)('in %s', (locale) => {
  test('axe finds nothing on the list and the dialogue; a conversation under way survives a reload', async () => {
    const need = load('need');
    const context = await withLocale(locale);
    const page = await context.newPage();
    await page.goto(`${baseURL}/practice/roleplay`);
    await page.locator('.roleplay-card').first().waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.goto(`${baseURL}/practice/roleplay/need`);
    await page.getByRole('button', { name: locale === 'en' ? 'Start the conversation' : '开始对话' }).click();
    const [first] = replies(need, 'best', locale);
    await page.getByRole('button', { name: first!, exact: true }).click();
    await page.locator('.reply-feedback').first().waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.reload();
    await expect.poll(() => page.locator('.chat__line--you').first().textContent()).toContain(first!);
    await context.close();
  });
});
