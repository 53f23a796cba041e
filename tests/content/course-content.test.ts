import { describe, expect, test } from 'vitest';
import { readCourseFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { formatProblem } from '../../src/content/problems';
import { locales } from '../../src/content/locales';
import { componentNames } from '../../src/content/vocabulary';
import { mdxComponents } from '../../src/mdx/components';
import { facts } from './facts';
import { renderModuleText } from './render-module';

const root = new URL('../../', import.meta.url).pathname;
const files = readCourseFiles(root);
const { manifest, problems } = validateCourse(files);

const expectedModules = [
  '00-intro',
  '01-foundations',
  '02-setting',
  '03-execution',
  '04-tracking',
  '05-challenges',
  '06-incentives',
  '07-cases',
  '08-eq',
  '09-practice',
];

test('every module in both locales passes the schema and the vocabulary', () => {
  expect(problems.map(formatProblem)).toEqual([]);
});

test('the course has the introduction and the nine parts, each in both locales', () => {
  expect(manifest.moduleIds).toEqual(expectedModules);
  for (const locale of locales) expect(Object.keys(manifest.modules[locale]).sort()).toEqual(expectedModules);
});

test.each(expectedModules)('%s has the same slide ids in the same order in every locale', (moduleId) => {
  const zh = manifest.modules['zh-CN'][moduleId]!.slides.map((s) => s.id);
  const en = manifest.modules.en[moduleId]!.slides.map((s) => s.id);
  expect(zh.length).toBeGreaterThan(0);
  expect(en).toEqual(zh);
});

test('the deck is covered: at least one course slide for each of its 50 slides', () => {
  const total = expectedModules.reduce((n, id) => n + manifest.modules['zh-CN'][id]!.slides.length, 0);
  expect(total).toBeGreaterThanOrEqual(50);
});

test('the three title-only slides of the deck are written and marked as added', () => {
  const added = (id: string) => manifest.modules['zh-CN'][id]!.slides.filter((s) => s.added).length;
  expect(added('02-setting')).toBeGreaterThanOrEqual(1);
  expect(added('03-execution')).toBeGreaterThanOrEqual(1);
  expect(added('04-tracking')).toBeGreaterThanOrEqual(1);
});

test('the registered MDX components are exactly the vocabulary', () => {
  expect(Object.keys(mdxComponents).sort()).toEqual([...componentNames].sort());
});

describe.each(locales)('%s', (locale) => {
  test.each(expectedModules)(`%s shows every figure of its facts to the trainee`, async (moduleId) => {
    const { text } = await renderModuleText(moduleId, locale);
    const haystack = locale === 'en' ? text.toLowerCase() : text;
    const missing = facts[moduleId]![locale].filter((token) => !haystack.includes(locale === 'en' ? token.toLowerCase() : token));
    expect(missing).toEqual([]);
  });

  test.each(expectedModules)('%s has trainer notes on every slide', async (moduleId) => {
    const { html } = await renderModuleText(moduleId, locale, { showNotes: true });
    const slides = html.match(/<section class="slide"/g)?.length ?? 0;
    const notes = html.match(/<aside class="notes"/g)?.length ?? 0;
    expect(slides).toBe(manifest.modules[locale][moduleId]!.slides.length);
    expect(notes).toBe(slides);
  });
});

test.each(expectedModules)('%s (zh-CN) uses full-width punctuation next to Chinese text', (moduleId) => {
  const file = files.find((f) => f.moduleId === moduleId && f.locale === 'zh-CN')!;
  const body = file.source.replace(/^---[\s\S]*?---/, '');
  const offenders = body.match(/.{0,8}(?:\p{Script=Han}[,:;?!]|[,;?!]\p{Script=Han}).{0,8}/gu) ?? [];
  expect(offenders).toEqual([]);
});
