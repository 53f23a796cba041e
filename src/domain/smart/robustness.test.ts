import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyzeGoal } from './analyze';
import type { Locale } from './types';

const verdicts = ['met', 'not_met', 'unknown'];
const locales: Locale[] = ['zh-CN', 'en'];

function sensible(text: string, locale: Locale, context?: Parameters<typeof analyzeGoal>[0]['context']) {
  const a = analyzeGoal({ text, locale, context });
  for (const v of [a.specific, a.measurable, a.achievable, a.relevant, a.timeBound]) expect(verdicts).toContain(v);
  for (const n of [a.parsed.target, a.parsed.growth, a.parsed.baseline, a.working?.baseline, a.working?.change]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
  expect(Array.isArray(a.parsed.scope)).toBe(true);
  return a;
}

test.each(locales)('odd input never throws and gives sensible verdicts (%s)', (locale) => {
  for (const text of ['', ' ', '😀🚀💯', '1e309', '-1e309', 'NaN%', '∞', '\u0000\u0007', '%%%%', '万万万万亿亿', '百分之', '翻番翻番'])
    sensible(text, locale, { baseline: 100, marketGrowth: 0.1, priorities: ['A'] });
  const a = sensible('1e309', locale);
  expect(a.measurable).toBe('not_met');
});

test('a 10,000-character goal is read without trouble', () => {
  const long = '第三季度增加A产品销售额20%'.repeat(700).slice(0, 10_000);
  expect(long).toHaveLength(10_000);
  const a = sensible(long, 'zh-CN');
  expect(a.measurable).toBe('met');
  sensible('Increase product A sales by 20% in Q3 '.repeat(300), 'en');
});

test('nonsense contexts are treated as missing, not trusted', () => {
  const a = sensible('本季度实现销售收入500万元', 'zh-CN', { baseline: Number.NaN, marketGrowth: Number.POSITIVE_INFINITY, priorities: [42 as unknown as string, ''] });
  expect(a.achievable).toBe('unknown');
  expect(a.relevant).toBe('not_met');
  expect(sensible('本季度实现销售收入500万元', 'zh-CN', { baseline: -5 }).achievable).toBe('unknown');
});

test('any string in either language gives a full, sensible analysis', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.constantFrom(...locales), (text, locale) => {
      sensible(text, locale, { baseline: 10, marketGrowth: 0.05, priorities: ['华东', 'East China'] });
    }),
    { numRuns: 500 },
  );
});

test('every analysis explains each of the five criteria exactly once', () => {
  const a = analyzeGoal({ text: '第三季度增加A产品销售额20%', locale: 'zh-CN' });
  expect(a.feedback.map((f) => f.criterion).sort()).toEqual(['achievable', 'measurable', 'relevant', 'specific', 'timeBound']);
});

test('the achievable band is market growth plus 30%, inclusive', () => {
  const at = (growth: number) => analyzeGoal({ text: `今年华东销售额增长${growth}%`, locale: 'zh-CN', context: { baseline: 1, marketGrowth: 0.1 } }).achievable;
  expect(at(40)).toBe('met');
  expect(at(41)).toBe('not_met');
  expect(at(0)).toBe('met');
});

test('nonsense per-metric baselines and scopes are treated as missing, not trusted', () => {
  const junk = { baselines: { revenue: Number.NaN, units: -3, churn: 'x' as unknown as number }, scopes: [7 as unknown as string, '', '|', 'a||b'], priorities: ['|'] };
  for (const text of ['2027年华东区销售额达到500万元', 'Sell 300 devices in East China next quarter', '2027年华东区客户流失率降低20%'])
    for (const locale of locales) expect(sensible(text, locale, junk).achievable).toBe('unknown');
  expect(sensible('2027年华东区销售额达到500万元', 'zh-CN', { baselines: null as unknown as undefined }).achievable).toBe('unknown');
});

test('any goal with a from-to shape in either language gives a full, sensible analysis', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: false }), fc.double(), fc.constantFrom(...locales), (x, y, locale) => {
      const text = locale === 'zh-CN' ? `2027年华东区销售额从${x}万提高到${y}万` : `Grow East China revenue from RMB ${x} million to RMB ${y} million in 2027`;
      sensible(text, locale, { baselines: { revenue: 10_000_000 }, marketGrowth: 0.1, priorities: ['华东', 'East China'] });
    }),
    { numRuns: 300 },
  );
});
