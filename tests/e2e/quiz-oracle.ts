import type { FrameLocator, Locator, Page } from 'playwright-core';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import type { QuizItem } from '../../src/domain';

const root = new URL('../../', import.meta.url).pathname;
/** The validated banks: the test knows the answers because it reads the same bank the course does. */
export const banks = validateCourse(readCourseFiles(root), readQuizFiles(root)).banks;

export function findItem(moduleId: string, prompt: string): QuizItem {
  const item = banks[moduleId]?.items.find((i) => i.prompt['zh-CN'] === prompt.trim());
  if (!item) throw new Error(`No item with prompt "${prompt}" in ${moduleId}`);
  return item;
}

/**
 * Presses Tab until the focused element's accessible label is `label`, as a keyboard user would.
 * `within` reads focus in its own frame (the course inside an LMS's iframe).
 */
export async function tabToLabel(page: Page, label: string, max = 200, within?: Locator) {
  const focused = () =>
    within ? within.evaluate(() => document.activeElement?.getAttribute('aria-label')) : page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused()) === label) return;
  }
  throw new Error(`Could not reach "${label}" with Tab`);
}

/** Answers one question on screen, right or wrong on purpose; ordering is done by keyboard only. */
export async function answer(page: Page, question: Locator, moduleId: string, right: boolean) {
  const item = findItem(moduleId, await question.locator('.question__prompt').innerText());
  const zh = (t: { 'zh-CN': string }) => t['zh-CN'];
  switch (item.type) {
    case 'single': {
      const option = item.options.find((o) => o.correct === right)!;
      await question.getByRole('radio', { name: zh(option.text), exact: true }).check();
      break;
    }
    case 'multiple':
      for (const o of item.options.filter((x) => x.correct === right)) await question.getByRole('checkbox', { name: zh(o.text), exact: true }).check();
      break;
    case 'truefalse':
      await question.getByRole('radio', { name: item.answer === right ? '正确' : '错误', exact: true }).check();
      break;
    case 'numeric':
      await question.getByRole('textbox', { name: '你的答案' }).fill(String(right ? item.answer : item.answer + 1000));
      break;
    case 'matching':
      if (right)
        for (const p of item.pairs) await question.getByRole('combobox', { name: zh(p.left), exact: true }).selectOption({ label: zh(p.right) });
      break;
    case 'ordering':
      if (right) {
        for (let target = 0; target < item.entries.length; target++) {
          const entry = item.entries[target]!;
          const shown = await question.locator('.ordering__text').allInnerTexts();
          const at = shown.indexOf(zh(entry.text));
          if (at <= target) continue;
          await tabToLabel(page, `上移「${zh(entry.text)}」`, 200, question);
          for (let k = at; k > target; k--) await page.keyboard.press('Enter');
        }
        const final = await question.locator('.ordering__text').allInnerTexts();
        if (final.join('|') !== item.entries.map((e) => zh(e.text)).join('|')) throw new Error(`ordering not solved: ${final.join(' / ')}`);
      }
      break;
  }
  return item;
}

/**
 * From a module's done page: opens its quiz, all items on one page, answers each (every answer
 * right, or right only where `right(n)` says so), and submits, confirming if asked. `scope` is
 * the page, or the frame the course runs in.
 */
export async function takeModuleQuiz(page: Page, scope: Page | FrameLocator, moduleId: string, right: (n: number) => boolean = () => true) {
  await scope.getByRole('link', { name: '参加本模块测验' }).click();
  await scope.getByRole('radio', { name: '全部题目在一页' }).check();
  await scope.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, scope.getByRole('region', { name: `第 ${n} 题，共 8 题` }), moduleId, right(n));
  await scope.getByRole('button', { name: '提交测验' }).click();
  const confirm = scope.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: '仍然提交' }).click();
}
