import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeSuspendData, resumableFrom, emptyProgress, markSeen, type Progress } from '../../src/domain';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { sharedBrowser } from './chromium';
import { cmi, launch, lmsErrors, serveLms, type Cmi } from './scorm-lms';
import { takeModuleQuiz } from './quiz-oracle';

const browser = sharedBrowser();
const slides01 = 5;

async function completeModule01(page: Page, course: ReturnType<Page['frameLocator']>) {
  await course.getByRole('link', { name: '销售目标基础', exact: true }).first().click();
  for (let i = 1; i < slides01; i++) await course.getByRole('link', { name: /下一页/ }).click();
  await course.getByRole('link', { name: /完成本模块/ }).click();
  await takeModuleQuiz(page, course, '01-foundations');
  await expect.poll(() => course.locator('.result__verdict strong').textContent()).toBe('已通过');
}

const list = (value: unknown) => Object.values((value ?? {}) as Record<string, Cmi>);

/** The trainee's outline: every module read, as suspend data a relaunch brings back. */
function everythingRead(): string {
  const root = new URL('../../', import.meta.url).pathname;
  const course = validateCourse(readCourseFiles(root), readQuizFiles(root)).manifest;
  const outline = course.moduleIds.map((id) => ({ id, slideIds: course.modules['zh-CN'][id]!.slides.map((s) => s.id), hasQuiz: Boolean(course.modules['zh-CN'][id]!.quiz) }));
  let progress: Progress = emptyProgress;
  for (const m of outline) for (const sl of m.slideIds) progress = markSeen(progress, m.id, sl, '2026-11-20T09:00:00.000Z');
  return encodeSuspendData(resumableFrom(progress, []), outline);
}

/** Submits the final assessment with nothing answered, as often as `times`; the course allows three attempts. */
async function failFinal(page: Page, course: ReturnType<Page['frameLocator']>, times: number) {
  for (let n = 0; n < times; n++) {
    await course.getByRole('radio', { name: '全部题目在一页' }).check();
    await course.getByRole('button', { name: '开始测验' }).click();
    await course.getByRole('button', { name: '提交测验' }).click();
    await course.getByRole('alertdialog').getByRole('button', { name: '仍然提交' }).click();
    await expect.poll(() => course.locator('.result__verdict strong').textContent()).toBe('未通过');
    await page.frames()[1]!.evaluate(() => (location.hash = '#/final'));
  }
}

/** Ends the session as an LMS does when the trainee closes the course: the frame goes away. */
const closeCourse = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.remove());

const lms = serveLms();

describe('SCORM 1.2', () => {
  test('the LMS names the learner; module 01 completed shows as status, score and suspend data; a relaunch resumes', async () => {
    const first = await launch(browser(), lms(), 'scorm12', { core: { student_id: 'E-2001', student_name: 'Zhou, Lin', entry: 'ab-initio' } });
    await first.course.getByRole('link', { name: 'Lin Zhou（我的资料）', includeHidden: true }).waitFor({ state: 'attached' }); // in the header's menu when the LMS frame is narrow
    await completeModule01(first.page, first.course);
    await expect.poll(async () => ((await cmi(first.page, 'scorm12')).core as Cmi).score).toMatchObject({ raw: '100', min: '0', max: '100' });
    const during = await cmi(first.page, 'scorm12');
    expect((during.core as Cmi).lesson_status).toBe('incomplete');
    expect(during.suspend_data).toMatch(/^1\|[01;]*\|\d+:1000p/);
    expect(String(during.suspend_data).length).toBeLessThanOrEqual(4096);
    // Module 01 as an objective; each of its quiz's 8 answers as an interaction counting toward it.
    expect(list(during.objectives).find((o) => o.id === '01-foundations')).toMatchObject({ status: 'passed', score: { raw: '100', min: '0', max: '100' } });
    expect(list(during.objectives).find((o) => o.id === '02-setting')).toMatchObject({ status: 'not attempted' });
    const answers12 = list(during.interactions);
    expect(answers12).toHaveLength(8);
    for (const i of answers12) {
      expect(i).toMatchObject({ result: 'correct', objectives: { 0: { id: '01-foundations' } } });
      expect(i.id).toMatch(/^01-foundations\.[\w-]+\.[\w.-]+$/);
      expect(['choice', 'true-false', 'sequencing', 'matching', 'numeric']).toContain(i.type);
      expect(i.student_response).not.toBe('');
      expect((i.correct_responses as Record<string, Cmi>)[0]!.pattern).not.toBe('');
      expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }

    await closeCourse(first.page);
    await expect.poll(async () => ((await cmi(first.page, 'scorm12')).core as Cmi).exit).toBe('suspend');
    const kept = await cmi(first.page, 'scorm12');
    expect((kept.core as Cmi).session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(first.errors).toEqual([]);
    expect(await lmsErrors(first.page)).toEqual([]);
    await first.context.close();

    // A new browser: nothing local; everything comes back from the LMS's suspend data.
    const again = await launch(browser(), lms(), 'scorm12', {
      core: { student_id: 'E-2001', student_name: 'Zhou, Lin', entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: kept.suspend_data,
    });
    const card = again.course.getByRole('article').filter({ has: again.course.getByRole('link', { name: '销售目标基础', exact: true }) });
    await expect.poll(() => card.locator('.status').textContent()).toBe('已完成');
    await again.course.getByRole('link', { name: /继续学习/ }).click();
    await expect.poll(() => again.course.locator('.slide__title').first().textContent()).toBe('第二部分 销售目标制定');
    expect(again.errors).toEqual([]);
    expect(await lmsErrors(again.page)).toEqual([]);
    await again.context.close();
  });

  test('the final assessment failed three times: lesson_status failed, the answers as interactions, no more attempts offered', async () => {
    const run = await launch(browser(), lms(), 'scorm12', { core: { student_id: 'E-2003', student_name: 'Wu, Fan', entry: 'resume', lesson_status: 'incomplete' }, suspend_data: everythingRead() }, '#/final');
    await failFinal(run.page, run.course, 3);
    await run.course.getByText('3 次机会已用完且未通过').waitFor();
    await expect(run.course.getByRole('button', { name: '开始测验' }).count()).resolves.toBe(0);
    await expect.poll(async () => ((await cmi(run.page, 'scorm12')).core as Cmi).lesson_status).toBe('failed');
    await expect.poll(async () => list((await cmi(run.page, 'scorm12')).interactions).length).toBe(90);
    const held = await cmi(run.page, 'scorm12');
    const final12 = list(held.objectives).find((o) => o.id === 'final')!;
    expect(final12.status).toBe('failed');
    expect(Number((final12.score as Cmi).raw)).toBeLessThan(80);
    // Unanswered items are wrong; an ordering item left as shown earns part of its credit, as the course scores it.
    for (const i of list(held.interactions)) expect(String(i.result)).toMatch(/^(wrong|0\.\d+)$/);
    await closeCourse(run.page);
    await expect.poll(async () => ((await cmi(run.page, 'scorm12')).core as Cmi).session_time).toMatch(/^\d{2,4}:/);
    expect(((await cmi(run.page, 'scorm12')).core as Cmi).exit).toBe('');
    expect(run.errors).toEqual([]);
    expect(await lmsErrors(run.page)).toEqual([]);
    await run.context.close();
  });
});

describe('SCORM 2004', () => {
  test('completion, success, scaled score, progress measure and suspend data; a relaunch resumes', async () => {
    const first = await launch(browser(), lms(), 'scorm2004', { learner_id: 'E-2002', learner_name: 'Qian, Mo', entry: 'ab-initio' });
    await first.course.getByRole('link', { name: 'Mo Qian（我的资料）', includeHidden: true }).waitFor({ state: 'attached' });
    await completeModule01(first.page, first.course);
    await expect.poll(async () => ((await cmi(first.page, 'scorm2004')).score as Cmi | undefined)?.scaled).toBe('1');
    const during = await cmi(first.page, 'scorm2004');
    expect(during.completion_status).toBe('incomplete');
    expect(during.success_status).toBe('unknown');
    expect(during.progress_measure).toBe('0.1');
    expect(during.suspend_data).toMatch(/^1\|/);
    expect(list(during.objectives).find((o) => o.id === '01-foundations')).toMatchObject({ success_status: 'passed', completion_status: 'completed', progress_measure: '1', score: { scaled: '1', raw: '100' } });
    expect(list(during.objectives).find((o) => o.id === '02-setting')).toMatchObject({ success_status: 'unknown', completion_status: 'not attempted' });
    const answers = list(during.interactions);
    expect(answers).toHaveLength(8);
    for (const i of answers) {
      expect(i).toMatchObject({ result: 'correct', objectives: { 0: { id: '01-foundations' } } });
      expect(i.learner_response).not.toBe('');
      expect((i.correct_responses as Record<string, Cmi>)[0]!.pattern).not.toBe('');
      expect(i.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/);
    }

    await closeCourse(first.page);
    await expect.poll(async () => (await cmi(first.page, 'scorm2004')).exit).toBe('suspend');
    const kept = await cmi(first.page, 'scorm2004');
    expect(kept.session_time).toMatch(/^PT/);
    expect(first.errors).toEqual([]);
    expect(await lmsErrors(first.page)).toEqual([]);
    await first.context.close();

    const again = await launch(browser(), lms(), 'scorm2004', { learner_id: 'E-2002', learner_name: 'Qian, Mo', entry: 'resume', suspend_data: kept.suspend_data });
    const card = again.course.getByRole('article').filter({ has: again.course.getByRole('link', { name: '销售目标基础', exact: true }) });
    await expect.poll(() => card.locator('.status').textContent()).toBe('已完成');
    await again.course.getByRole('link', { name: /继续学习/ }).click();
    await expect.poll(() => again.course.locator('.slide__title').first().textContent()).toBe('第二部分 销售目标制定');
    expect(again.errors).toEqual([]);
    expect(await lmsErrors(again.page)).toEqual([]);
    await again.context.close();
  });

  test('the final assessment failed three times: success_status failed while completion stays apart, no LMS error on the way', async () => {
    const run = await launch(browser(), lms(), 'scorm2004', { learner_id: 'E-2004', learner_name: 'Zheng, Yu', entry: 'resume', suspend_data: everythingRead() }, '#/final');
    await failFinal(run.page, run.course, 3);
    await run.course.getByText('3 次机会已用完且未通过').waitFor();
    await expect.poll(async () => (await cmi(run.page, 'scorm2004')).success_status).toBe('failed');
    await expect.poll(async () => list((await cmi(run.page, 'scorm2004')).interactions).length).toBe(90);
    const held = await cmi(run.page, 'scorm2004');
    expect(held.completion_status).toBe('completed');
    const final = list(held.objectives).find((o) => o.id === 'final')!;
    expect(final.success_status).toBe('failed');
    expect(Number((final.score as Cmi).scaled)).toBeLessThan(0.8);
    for (const i of list(held.interactions)) expect(String(i.result)).toMatch(/^(incorrect|0\.\d+)$/);
    await closeCourse(run.page);
    await expect.poll(async () => (await cmi(run.page, 'scorm2004')).exit).toBe('normal');
    expect(run.errors).toEqual([]);
    expect(await lmsErrors(run.page)).toEqual([]);
    await run.context.close();
  });

  test('a first launch asks for nothing the LMS does not have yet', async () => {
    const run = await launch(browser(), lms(), 'scorm2004', { learner_id: 'E-2005', learner_name: 'Lu, Xi', entry: 'ab-initio' });
    await run.course.getByRole('link', { name: 'Xi Lu（我的资料）', includeHidden: true }).waitFor({ state: 'attached' }); // in the header's menu when the LMS frame is narrow
    await expect.poll(async () => (await cmi(run.page, 'scorm2004')).suspend_data).toMatch(/^1\|/);
    await closeCourse(run.page);
    await expect.poll(async () => (await cmi(run.page, 'scorm2004')).exit).toBe('suspend');
    expect(await lmsErrors(run.page)).toEqual([]);
    await run.context.close();
  });
});
