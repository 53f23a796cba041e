import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { objectionTypes, type RoleplayScenario } from '../../src/domain';
import { sharedBrowser, traineeContext } from './chromium';
import { axeViolations } from './axe';
import { ownWordsPath } from './own-words';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

function load(id: string): RoleplayScenario {
  const file = `content/roleplay/${id}.yaml`;
  const { scenario, problems } = validateRoleplay(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  if (!scenario) throw new Error(problems.map((p) => p.message).join('\n'));
  return scenario;
}

const ui = {
  en: {
    start: 'Start the conversation',
    mode: 'In your own words: the checker reads your reply and names its LSCPA step',
    box: 'Your reply, in your own words',
    send: 'Send reply',
    recognized: (step: string) => `Your reply: ${step}`,
    steps: { listen: 'Listen', sympathize: 'Sympathize', confirm: 'Confirm', position: 'Position', affirm: 'Affirm', none: 'Not an LSCPA step' },
    won: 'Conversation over: Won',
    full: 'Score 100/100',
    again: 'Play again',
    discount: "Fine, I'll give you a 20% discount.",
    concession: 'A concession with nothing in return',
    avoid: 'What to avoid',
  },
  'zh-CN': {
    start: '开始对话',
    mode: '用自己的话回答：系统识别你的回答属于 LSCPA 的哪一步',
    box: '用自己的话写下你的回答',
    send: '发送回答',
    recognized: (step: string) => `你的回答：${step}`,
    steps: { listen: '倾听', sympathize: '同理心', confirm: '确认', position: '应对', affirm: '确认接受', none: '不属于 LSCPA 的任何一步' },
    won: '对话结束：成交',
    full: '得分 100/100',
    again: '再来一次',
    discount: '行，我直接给您打八折。',
    concession: '无条件让步',
    avoid: '需要避免',
  },
} as const;

test.each(['zh-CN', 'en'] as const)('in %s: five replies typed in my own words, one per LSCPA step, win with full marks; a typed discount is flagged', async (locale) => {
  const u = ui[locale];
  // The first role-play whose strong path these typed replies follow (the scripts may be reworded).
  const played = objectionTypes.map(load).flatMap((s) => {
    try {
      return [{ s, path: ownWordsPath(s, locale) }];
    } catch {
      return [];
    }
  })[0];
  if (!played) throw new Error(`no role-play's strong path is followed by the typed ${locale} replies`);
  const { s, path } = played;
  expect(path.map((p) => p.step)).toEqual(['listen', 'sympathize', 'confirm', 'position', 'affirm']);

  const context = await traineeContext(browser(), { bypassCSP: true });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'system', showNotes: false }, version: 1 }));
  }, locale);
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/roleplay/${s.id}`);
  await page.getByRole('radio', { name: u.mode }).check();
  await page.getByRole('button', { name: u.start, exact: true }).click();

  const log = page.getByRole('log');
  for (const [i, { step, text }] of path.entries()) {
    await page.getByRole('textbox', { name: u.box }).fill(text);
    if (i === 0) expect((await axeViolations(page)).join('\n')).toBe('');
    await page.getByRole('button', { name: u.send }).click();
    if (i < path.length - 1) {
      await expect.poll(() => log.getByText(u.recognized(u.steps[step]), { exact: true }).count()).toBe(1);
      if (i === 0) expect((await axeViolations(page)).join('\n')).toBe('');
    }
  }
  await expect.poll(() => page.getByRole('heading', { level: 2, name: u.won }).count()).toBe(1);
  expect(await page.locator('.run-result__score').textContent()).toBe(u.full);
  expect(await page.locator('.lscpa__step--done').count()).toBe(5);
  // The transcript names the step each typed reply took.
  const transcript = page.getByRole('region', { name: locale === 'en' ? 'Your conversation' : '你的对话' });
  for (const { step, text } of path) {
    await transcript.getByText(text, { exact: true }).waitFor();
    expect(await transcript.getByText(u.recognized(u.steps[step]), { exact: true }).count()).toBe(1);
  }
  expect((await axeViolations(page)).join('\n')).toBe('');

  await page.getByRole('button', { name: u.again }).click();
  await page.getByRole('radio', { name: u.mode }).check();
  await page.getByRole('button', { name: u.start, exact: true }).click();
  await page.getByRole('textbox', { name: u.box }).fill(u.discount);
  await page.getByRole('button', { name: u.send }).click();
  await expect.poll(() => log.getByText(u.recognized(u.steps.none), { exact: true }).count()).toBe(1);
  expect(await log.getByRole('list', { name: u.avoid }).textContent()).toContain(u.concession);
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});
