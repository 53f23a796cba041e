import { expect, test } from 'vitest';
import { evaluateClassifier, parseReplyCorpus } from './corpus';

test('a corpus file is read line by line, skipping comments and blank lines', () => {
  const items = parseReplyCorpus('# head\n\ndev | listen | price | - | What worries you?\ntest | none | need | concession,monologue | OK, 20% off.\n', 'en');
  expect(items).toEqual([
    { split: 'dev', step: 'listen', objection: 'price', warnings: [], text: 'What worries you?', locale: 'en', line: 3 },
    { split: 'test', step: 'none', objection: 'need', warnings: ['concession', 'monologue'], text: 'OK, 20% off.', locale: 'en', line: 4 },
  ]);
});

test.each([
  ['dev | listen | price | - ', /line 1: expected 5 fields/],
  ['held | listen | price | - | x', /split must be dev or test/],
  ['dev | listening | price | - | x', /unknown step "listening"/],
  ['dev | listen | cost | - | x', /unknown objection "cost"/],
  ['dev | listen | price | rude | x', /unknown warning "rude"/],
  ['dev | listen | price | - | ', /empty text/],
])('a malformed line is an error naming it: %s', (line, message) => {
  expect(() => parseReplyCorpus(line, 'zh-CN')).toThrow(message);
});

test('the evaluation counts agreement overall, per language and per step, with the confusion matrix', () => {
  const items = [
    { text: 'a', locale: 'en' as const, step: 'listen' as const },
    { text: 'b', locale: 'en' as const, step: 'listen' as const },
    { text: 'c', locale: 'zh-CN' as const, step: 'none' as const },
  ];
  const r = evaluateClassifier(items, (i) => (i.text === 'b' ? 'affirm' : i.step));
  expect(r.accuracy).toBeCloseTo(2 / 3);
  expect(r.byLocale.en).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  expect(r.byLocale['zh-CN'].accuracy).toBe(1);
  expect(r.confusion.listen.affirm).toBe(1);
  expect(r.recall.listen.recall).toBe(0.5);
  expect(r.misses).toEqual([{ text: 'b', locale: 'en', expected: 'listen', predicted: 'affirm' }]);
});
