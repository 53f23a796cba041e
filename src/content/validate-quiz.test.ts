import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { validateQuizBank } from './validate-quiz';
import { formatProblem } from './problems';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'truefalse',
  slide: 'funnel',
  prompt: t('问题', 'Question'),
  explanation: t('解析', 'Why'),
  answer: true,
  ...extra,
});
const bank = (items: unknown[], extra: Record<string, unknown> = {}) => stringify({ ...extra, items });
const twelve = Array.from({ length: 12 }, (_, i) => item(`q${i + 1}`));
const check = (source: string) => validateQuizBank(source, 'content/modules/03-execution/quiz.yaml', ['funnel', 'tiers']);
const messages = (source: string) => check(source).problems.map(formatProblem);

test('a valid bank passes with its defaults filled in', () => {
  const { bank: parsed, problems } = check(bank(twelve));
  expect(problems).toEqual([]);
  expect(parsed).toMatchObject({ passScore: 0.8, feedback: 'immediate', drawCount: 8 });
  expect(parsed!.items).toHaveLength(12);
});

describe('a broken bank names the file, the line and the item', () => {
  test.each([
    ['an item missing its English', [...twelve.slice(1), item('no-en', { prompt: { 'zh-CN': '只有中文' } })], /quiz\.yaml:\d+: item "no-en": prompt\.en/],
    ['an explanation pointing at a slide that does not exist', [...twelve.slice(1), item('lost', { slide: 'nowhere' })], /quiz\.yaml:\d+: item "lost": slide "nowhere" does not exist in this module/],
    ['two items with one id', [...twelve, item('q1')], /quiz\.yaml:\d+: item "q1": duplicate id/],
    [
      'a single-choice item with two right answers',
      [...twelve.slice(1), item('two-right', { type: 'single', answer: undefined, options: [{ id: 'a', text: t('甲', 'A'), correct: true }, { id: 'b', text: t('乙', 'B'), correct: true }] })],
      /item "two-right": options: a single-choice item has exactly one correct option/,
    ],
    ['an unknown item type', [...twelve.slice(1), item('odd', { type: 'essay' })], /item "odd": type/],
    ['an ordering item with one entry', [...twelve.slice(1), item('short', { type: 'ordering', answer: undefined, entries: [{ id: 'a', text: t('甲', 'A') }] })], /item "short": entries/],
    ['too few items', twelve.slice(0, 11), /items: a bank needs at least 12 items/],
  ])('%s', (_name, items, expected) => {
    expect(messages(bank(items)).join('\n')).toMatch(expected);
  });

  test('a draw larger than the bank', () => {
    expect(messages(bank(twelve, { drawCount: 13 }))).toContain(
      'content/modules/03-execution/quiz.yaml: drawCount 13 is more than the 12 items in the bank',
    );
  });

  test('YAML that does not parse, with its line', () => {
    expect(messages('items:\n  - id: a\n    prompt: { zh-CN: 问\n')[0]).toMatch(/quiz\.yaml:\d+: YAML error/);
  });

  test('the line is the line of the item', () => {
    const source = bank([...twelve.slice(1), item('lost', { slide: 'nowhere' })]);
    const line = source.split('\n').findIndex((l) => l.includes('id: lost')) + 1;
    expect(check(source).problems[0]!.line).toBe(line);
  });
});
