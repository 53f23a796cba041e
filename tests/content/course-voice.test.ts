import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readCourseFiles } from '../../src/content/read-course-files';

// The course speaks with one voice: the glossary's terms, one name per company, and trainer
// notes that are honest about the deck's weak spots.
const root = new URL('../../', import.meta.url).pathname;
const files = readCourseFiles(root);
const source = (moduleId: string, locale: string) => files.find((f) => f.moduleId === moduleId && f.locale === locale)!.source;
/** The text outside the trainer notes: what a trainee reads. */
const slideText = (moduleId: string, locale: string) => source(moduleId, locale).replace(/<Notes>[\s\S]*?<\/Notes>/g, '');
const objectives = (moduleId: string, locale: string) => /objectives:\n((?: {2}- .*\n)+)/.exec(source(moduleId, locale))![1]!;

test("module 02's competitor and module 07's success case A have different names", () => {
  expect(slideText('02-setting', 'zh-CN')).not.toContain('A公司');
  expect(slideText('02-setting', 'en')).not.toContain('Company A');
  expect(slideText('07-cases', 'zh-CN')).toContain('A公司');
});

test('English uses the glossary: variance, not deviation; target, not goal, for what the course sets', () => {
  const english = files.filter((f) => f.locale === 'en').map((f) => f.source).join('\n');
  expect(english).not.toMatch(/\bdeviation/i);
  expect(english).not.toMatch(/goal-setting drill|stage goals|individual goals aligned/i);
});

test('课件 is the deck and 讲义 the printed handouts: module text never calls the deck 讲义', () => {
  const chinese = files.filter((f) => f.locale === 'zh-CN').map((f) => f.source).join('\n');
  expect(chinese).not.toMatch(/讲义(?:在|中|原|此页|这一页)/);
});

test("00's course overview says what the four building blocks are, not a garbled list", () => {
  expect(source('00-intro', 'en')).not.toContain('methods, and plenty of practice');
});

test("module 08's objectives teach the idea, not the recital of the deck's unsourced figures", () => {
  for (const locale of ['zh-CN', 'en']) expect(objectives('08-eq', locale)).not.toMatch(/58%|40%|67%/);
});

test("the notes flag slide 21's ROI arithmetic and the unsourced statistics", () => {
  expect(source('03-execution', 'zh-CN')).toMatch(/（60－10）÷10＝500%/);
  expect(source('03-execution', 'en')).toMatch(/two years give \(600,000 − 100,000\) ÷ 100,000 = 500%/);
  expect(slideText('03-execution', 'zh-CN')).not.toContain('两年内投资回报率达到200%');
  expect(slideText('03-execution', 'en')).not.toContain('200% within two years');
  for (const [moduleId, zh, en] of [
    ['03-execution', '没有注明出处', 'without a source'],
    ['08-eq', '没有注明出处', 'without a source'],
  ] as const) {
    expect(source(moduleId, 'zh-CN')).toContain(zh);
    expect(source(moduleId, 'en')).toContain(en);
  }
});

test.each(files.filter((f) => f.locale === 'zh-CN').map((f) => f.moduleId))("%s: each slide's notes point to the quiz items that practice it, in both locales", (moduleId) => {
  const bankFile = `${root}content/modules/${moduleId}/quiz.yaml`;
  const items: { id: string; slide: string }[] = existsSync(bankFile) ? (parse(readFileSync(bankFile, 'utf8')) as { items: { id: string; slide: string }[] }).items : [];
  for (const locale of ['zh-CN', 'en']) {
    const slides = [...source(moduleId, locale).matchAll(/<Slide id="([^"]+)"[\s\S]*?<Notes>([\s\S]*?)<\/Notes>/g)].map(([, id, notes]) => ({ id: id!, notes: notes! }));
    const cited = slides.flatMap((s) => [...s.notes.matchAll(/`([a-z0-9-]+)`/g)].map((m) => `${s.id}: ${m[1]}`));
    expect(cited.sort(), locale).toEqual(items.map((i) => `${i.slide}: ${i.id}`).sort());
  }
});
