import { expect, test } from 'vitest';
import { answerText, findQuizItem, questionText, responseText, shortenAnswer, shortenText } from './item-text';
import type { QuizBank, QuizItem } from './types';

const tx = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const base = (id: string) => ({ id, slide: 's', explanation: tx('因为', 'Because') });
const single: QuizItem = {
  ...base('target-definition-best-fit'),
  type: 'single',
  shuffle: true,
  prompt: tx('下面哪种说法最完整地概括了“销售目标”是什么？', 'Which statement best sums up what a sales target is?'),
  options: [
    { id: 'four-facets', text: tx('量化的业绩期望', 'A quantified expectation of sales'), correct: true },
    { id: 'activity-list', text: tx('工作清单', 'A to-do list'), correct: false },
  ],
};
const matching: QuizItem = {
  ...base('type-example-match'),
  type: 'matching',
  prompt: tx('配对', 'Match each target to its type.'),
  pairs: [
    { id: 'units', left: tx('卖出200套', 'Sell 200 licenses'), right: tx('数量目标', 'Unit target') },
    { id: 'revenue', left: tx('收入800万元', 'Revenue of RMB 8 million'), right: tx('收入目标', 'Revenue target') },
  ],
};
const numeric: QuizItem = { ...base('renewals-needed'), type: 'numeric', prompt: tx('多少家？', 'How many?'), answer: 204, tolerance: 0, unit: tx('家', 'customers') };
const truefalse: QuizItem = { ...base('number-alone-not-smart'), type: 'truefalse', prompt: tx('对吗？', 'True?'), answer: false };
const ordering: QuizItem = { ...base('steps-order'), type: 'ordering', prompt: tx('排序', 'Order'), entries: [{ id: 'intent', text: tx('明确意图', 'State the intent') }, { id: 'verify', text: tx('核对', 'Verify') }, { id: 'x', text: tx('x', 'x') }] };
const bank = (items: QuizItem[]): QuizBank => ({ passScore: 0.8, feedback: 'end', drawCount: 8, items });
const banks = { '01-foundations': bank([single, matching, numeric, truefalse]), '02-setting': bank([ordering]) };
const words = { en: { true: 'True', false: 'False' }, 'zh-CN': { true: '正确', false: '错误' } };

test('a question reads as its stem in the asked language, found in its module’s bank or, for the final assessment, in any bank', () => {
  expect(questionText(findQuizItem(banks, '01-foundations', 'target-definition-best-fit'), 'target-definition-best-fit', 'en')).toEqual({ id: 'target-definition-best-fit', text: 'Which statement best sums up what a sales target is?', known: true });
  expect(questionText(findQuizItem(banks, '01-foundations', 'target-definition-best-fit'), 'target-definition-best-fit', 'zh-CN').text).toBe('下面哪种说法最完整地概括了“销售目标”是什么？');
  expect(findQuizItem(banks, 'final', 'steps-order')).toBe(ordering);
});

test('an id the content no longer has is kept as it is and marked unknown', () => {
  expect(questionText(findQuizItem(banks, '01-foundations', 'gone-since'), 'gone-since', 'en')).toEqual({ id: 'gone-since', text: 'gone-since', known: false });
  expect(answerText(single, 'removed-option', 'en', words.en)).toEqual({ id: 'removed-option', text: 'removed-option', known: false });
  expect(responseText(undefined, 'a[,]b', 'en', words.en).map((p) => p.known)).toEqual([false, false]);
});

test('each kind of response reads as the options’ labels: choices, matches, true or false, numbers with their unit, orderings', () => {
  expect(responseText(single, 'activity-list', 'en', words.en).map((p) => p.text)).toEqual(['A to-do list']);
  expect(responseText(matching, 'units[.]revenue[,]revenue[.]revenue', 'en', words.en).map((p) => p.text)).toEqual(['Sell 200 licenses → Revenue target', 'Revenue of RMB 8 million → Revenue target']);
  expect(responseText(matching, 'units[.]revenue', 'zh-CN', words['zh-CN'])[0]).toMatchObject({ id: 'units[.]revenue', text: '卖出200套 → 收入目标', known: true });
  expect(responseText(truefalse, 'false', 'zh-CN', words['zh-CN'])[0]!.text).toBe('错误');
  expect(responseText(numeric, '204', 'en', words.en)[0]!.text).toBe('204 customers');
  expect(responseText(numeric, '204', 'zh-CN', words['zh-CN'])[0]!.text).toBe('204家');
  expect(responseText(numeric, 'many', 'en', words.en)[0]!.known).toBe(false);
  expect(responseText(ordering, 'verify[,]intent', 'en', words.en).map((p) => p.text)).toEqual(['Verify', 'State the intent']);
  expect(responseText(single, '', 'en', words.en)).toEqual([]);
});

test('a long text is shortened at a word, a Chinese one at its width (a character counting two), with an ellipsis', () => {
  expect(shortenText('Which statement best sums up what a sales target is?', 30)).toBe('Which statement best sums up…');
  expect(shortenText('Short one', 30)).toBe('Short one');
  const zh = shortenText('下面哪种说法最完整地概括了“销售目标”是什么？', 20);
  expect(zh).toBe('下面哪种说法最完整…');
  expect(shortenText('Unbreakablewordthatgoesonandon', 10)).toBe('Unbreakab…');
});

test('a shortened match keeps its right side (what it was matched with) whole', () => {
  const [match] = responseText(matching, 'revenue[.]units', 'en', words.en);
  expect(shortenAnswer(match!, 30)).toBe('Revenue of RMB… → Unit target');
  expect(shortenAnswer(answerText(single, 'four-facets', 'en', words.en), 20)).toBe('A quantified…');
});
