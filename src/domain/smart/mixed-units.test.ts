import { expect, test } from 'vitest';
import { analyzeGoal } from './analyze';

// Bilingual sellers write an amount the other language's way inside a goal: RMB 30 million in a
// Chinese sentence, 1200万元 in an English one. The scale is read either way, not dropped (which
// read them as 30 and 1,200 yuan, a fall of 100% against last year).
test.each([
  ['2027年底前华东地区云服务销售额达到RMB 30 million', 'zh-CN', 30_000_000],
  ['2027年底前销售额达到 RMB 5 million，新客户 20 家', 'zh-CN', 5_000_000],
  ['2027年底前销售额达到¥2.5m', 'zh-CN', 2_500_000],
  ['By the end of 2027, grow SME revenue in East China to 1200万元', 'en', 12_000_000],
  ['Grow SME revenue in East China to 10万 by Q4 2027', 'en', 100_000],
  ['Reach revenue of 1.2亿元 by the end of 2027', 'en', 120_000_000],
] as const)('%s (%s) reads a target of %d', (text, locale, target) => {
  const { parsed } = analyzeGoal({ text, locale });
  expect(parsed.target).toBe(target);
  expect(parsed.unit).toBe('currency');
});

test('a count is still a count, and a model name is still no amount', () => {
  expect(analyzeGoal({ text: 'Sign 20 new enterprise accounts by Q3 2027', locale: 'en' }).parsed).toMatchObject({ target: 20, unit: 'count' });
  expect(analyzeGoal({ text: '2027年底前X200型号销量达到150台', locale: 'zh-CN' }).parsed).toMatchObject({ target: 150, unit: 'count' });
});
