import { expect, test } from 'vitest';
import { readCourseFiles, readQuizFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { formatProblem } from '../../src/content/problems';
import { quizItemTypes } from '../../src/content/quiz-schema';
import { drawAttempt, modelAnswer, scoreItem } from '../../src/domain';

const root = new URL('../../', import.meta.url).pathname;
const quizzes = readQuizFiles(root);
const { banks, manifest, problems } = validateCourse(readCourseFiles(root), quizzes);
const quizModules = ['01-foundations', '02-setting', '03-execution', '04-tracking', '05-challenges', '06-incentives', '07-cases', '08-eq', '09-practice'];

test('every bank passes the schema: both languages in every item, explanations pointing at real slides', () => {
  expect(problems.map(formatProblem)).toEqual([]);
});

test('modules 01–09 each have a bank of at least 12 items; the introduction has none', () => {
  expect(Object.keys(banks).sort()).toEqual(quizModules);
  for (const id of quizModules) expect(banks[id]!.items.length, id).toBeGreaterThanOrEqual(12);
  expect(manifest.modules.en['01-foundations']!.quiz).toEqual({ passScore: 0.8, drawCount: 8, itemCount: banks['01-foundations']!.items.length });
});

test('every item type is used across the course, and most banks mix at least four', () => {
  const used = new Set(Object.values(banks).flatMap((b) => b.items.map((i) => i.type)));
  expect([...used].sort()).toEqual([...quizItemTypes].sort());
  for (const id of quizModules) expect(new Set(banks[id]!.items.map((i) => i.type)).size, id).toBeGreaterThanOrEqual(4);
});

test('the case-study module asks a case question on each of the cases A–F, and the practice module on its FAQ', () => {
  const caseSlides = banks['07-cases']!.items.filter((i) => i.case).map((i) => i.slide);
  for (const letter of ['a', 'b', 'c', 'd', 'e', 'f']) expect(caseSlides.some((s) => s.startsWith(`case-${letter}-`)), letter).toBe(true);
  const faq = banks['09-practice']!.items.filter((i) => i.case && i.slide.startsWith('faq-'));
  expect(faq.length).toBeGreaterThanOrEqual(2);
});

test('every item of every bank can be answered fully right', () => {
  for (const bank of Object.values(banks)) for (const item of bank.items) expect(scoreItem(item, modelAnswer(item)).status, item.id).toBe('correct');
});

test('each real bank draws 8 distinct items with every type the bank has', () => {
  for (const id of quizModules) {
    const bank = banks[id]!;
    const types = new Set(bank.items.map((i) => i.type));
    const drawn = drawAttempt(bank, `check-${id}`, bank.drawCount);
    expect(new Set(drawn.map((d) => d.itemId)).size).toBe(8);
    expect(new Set(drawn.map((d) => bank.items.find((i) => i.id === d.itemId)!.type))).toEqual(types);
  }
});

test('matching items offer distinct right-hand answers, so only one matching is right', () => {
  for (const bank of Object.values(banks))
    for (const item of bank.items)
      if (item.type === 'matching')
        for (const l of ['zh-CN', 'en'] as const) expect(new Set(item.pairs.map((p) => p.right[l])).size, `${item.id} ${l}`).toBe(item.pairs.length);
});

/** Every Chinese string of a bank, wherever it sits. */
function chineseTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(chineseTexts);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'zh-CN' && typeof v === 'string' ? [v] : chineseTexts(v)));
}

test('Chinese bank text uses full-width punctuation next to Chinese characters', () => {
  for (const [id, bank] of Object.entries(banks)) {
    const offenders = chineseTexts(bank).flatMap((text) => text.match(/.{0,6}(?:\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}).{0,6}/gu) ?? []);
    expect(offenders, id).toEqual([]);
  }
});

test('no explanation or option feedback points at an option by its place: options are shuffled for every trainee', () => {
  const byPlace = /第[一二三四五六1-6]项|第[一二三四五六1-6]个选项|最后一项|[A-F]项|选项\s*[A-F1-6]\b|\b(first|second|third|fourth|fifth|last)\s+(option|rewrite|answer|choice|statement)\b|\b(option|choice)\s+[A-F1-6]\b/i;
  const texts = Object.values(banks).flatMap((b) =>
    b.items.flatMap((i) => [
      [i.id, i.explanation],
      ...('options' in i && Array.isArray(i.options) ? i.options.map((o: { id: string; feedback?: Record<string, string> }) => [`${i.id}/${o.id}`, o.feedback] as const) : []),
    ]),
  ) as [string, Record<string, string> | undefined][];
  const found = texts.flatMap(([where, text]) => Object.values(text ?? {}).filter((s) => byPlace.test(s)).map((s) => `${where}: ${s}`));
  expect(found).toEqual([]);
});
