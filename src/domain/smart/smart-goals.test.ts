import { describe, expect, test } from 'vitest';
import { analyzeGoal } from './analyze';
import type { GoalContext, Locale, Verdict } from './types';

/** S M A R T as one string: m = met, n = not met, u = unknown. */
type Verdicts = string;
interface Case {
  text: string;
  context?: GoalContext;
  verdicts: Verdicts;
  parsed?: { target?: number; growth?: number; unit?: 'currency' | 'count' | 'percent'; currency?: string };
}

const letter: Record<Verdict, string> = { met: 'm', not_met: 'n', unknown: 'u' };

const zhP = { priorities: ['华东', '企业级', 'A产品'] };
const zhRevenue = { baseline: 4_000_000, marketGrowth: 0.1, ...zhP };

const zh: Case[] = [
  { text: '提高业绩', verdicts: 'nnuun' },
  { text: '第三季度增加A产品销售额20%', context: zhRevenue, verdicts: 'mmmmm', parsed: { growth: 0.2, unit: 'percent' } },
  { text: '本月销售100台新型设备', context: { baseline: 90, marketGrowth: 0.1, priorities: ['新型设备', '华南'] }, verdicts: 'mmmmm', parsed: { target: 100, unit: 'count' } },
  { text: '本季度实现销售收入500万元', context: zhRevenue, verdicts: 'nmmnm', parsed: { target: 5_000_000, unit: 'currency' } },
  { text: '在华东地区实现15%的市场份额', context: { baseline: 0.12, marketGrowth: 0.05, priorities: ['华东', '医院'] }, verdicts: 'mmmmn', parsed: { target: 0.15, unit: 'percent' } },
  { text: '保持25%的毛利率，提高产品组合的平均利润率', verdicts: 'nmuun', parsed: { target: 0.25, unit: 'percent' } },
  { text: '本季度新增50个企业级客户，维持85%的客户续约率', context: zhP, verdicts: 'mmumm', parsed: { target: 50, unit: 'count' } },
  { text: '2027年底前，华东团队新签企业级客户五十家', context: zhP, verdicts: 'mmumm', parsed: { target: 50, unit: 'count' } },
  { text: '今年销售额翻一番', context: zhRevenue, verdicts: 'nmnnm', parsed: { growth: 1, unit: 'percent' } },
  { text: '未来三个月，我的毛利率从20%提高到25%', context: { baseline: 0.2, marketGrowth: 0 }, verdicts: 'mmmum', parsed: { target: 0.25, unit: 'percent' } },
  { text: '明年华南区销售收入达到1.2亿元', context: { baseline: 100_000_000, marketGrowth: 0.05, priorities: ['华南'] }, verdicts: 'mmmmm', parsed: { target: 120_000_000, unit: 'currency' } },
  { text: '争取把销售做得更好', verdicts: 'nnuun' },
  { text: '下个月拜访更多客户', verdicts: 'nnuum' },
  { text: '2027年销售额达到五百万元', context: zhRevenue, verdicts: 'nmmnm', parsed: { target: 5_000_000, unit: 'currency' } },
  { text: '华东区A产品今年销售额增长百分之二十', context: zhRevenue, verdicts: 'mmmmm', parsed: { growth: 0.2, unit: 'percent' } },
  { text: '我本季度的新客户数量增加三成', context: { baseline: 40, marketGrowth: 0.1 }, verdicts: 'mmmum', parsed: { growth: 0.3, unit: 'percent' } },
  { text: 'Q3华南区医疗设备销量达到200台', context: { baseline: 160, marketGrowth: 0.1, priorities: ['医疗设备'] }, verdicts: 'mmmmm', parsed: { target: 200, unit: 'count' } },
  { text: '2027年，销售额增长80%', context: { baseline: 10_000_000, marketGrowth: 0.1 }, verdicts: 'nmnum', parsed: { growth: 0.8, unit: 'percent' } },
  { text: '客户续约率不低于85%', verdicts: 'nmuun', parsed: { target: 0.85, unit: 'percent' } },
  { text: '90天内完成3000万元回款', context: { baseline: 25_000_000, marketGrowth: 0.1 }, verdicts: 'nmmum', parsed: { target: 30_000_000, unit: 'currency' } },
  { text: '年底前把线上渠道的毛利率提升到30%', context: { baseline: 0.28, marketGrowth: 0 }, verdicts: 'mmmum', parsed: { target: 0.3, unit: 'percent' } },
  { text: '销售额要达到1000万元', context: { baseline: 4_000_000, marketGrowth: 0.1 }, verdicts: 'nmnun', parsed: { target: 10_000_000, unit: 'currency' } },
  { text: '下季度，企业级客户的签约额达到800万元', context: { baseline: 9_000_000, marketGrowth: 0.1, priorities: ['企业级'] }, verdicts: 'mmnmm', parsed: { target: 8_000_000, unit: 'currency' } },
  { text: '上半年在杭州开发两百家中小企业客户', verdicts: 'mmuum', parsed: { target: 200, unit: 'count' } },
  { text: 'A产品市场占有率提升5个百分点', context: { baseline: 0.1 }, verdicts: 'mmnun', parsed: {} },
  { text: 'A产品市场占有率提升2个百分点', verdicts: 'mmuun', parsed: {} },
  { text: '2026年完成', verdicts: 'nnuum' },
  { text: '', verdicts: 'nnuun' },
  { text: '😀🚀', verdicts: 'nnuun' },
  { text: '每月卖出120台家电', context: { baseline: 100, marketGrowth: 0.1, priorities: ['家电'] }, verdicts: 'mmmmm', parsed: { target: 120, unit: 'count' } },
  ];

const enP = { priorities: ['East China', 'enterprise', 'product A'] };
const enRevenue = { baseline: 4_000_000, marketGrowth: 0.1, ...enP };

const en: Case[] = [
  { text: 'increase sales', verdicts: 'nnuun' },
  { text: 'Increase product A sales by 20% in Q3', context: enRevenue, verdicts: 'mmmmm', parsed: { growth: 0.2, unit: 'percent' } },
  { text: 'Sell 100 units of the new equipment this month', context: { baseline: 90, marketGrowth: 0.1, priorities: ['new equipment'] }, verdicts: 'mmmmm', parsed: { target: 100, unit: 'count' } },
  { text: 'By 30 June 2027, win 50 new enterprise customers in East China', context: enP, verdicts: 'mmumm', parsed: { target: 50, unit: 'count' } },
  { text: 'Achieve RMB 5 million in revenue this quarter', context: enRevenue, verdicts: 'nmmnm', parsed: { target: 5_000_000, unit: 'currency' } },
  { text: 'Reach a 15% market share in East China', context: { baseline: 0.12, marketGrowth: 0.05, priorities: ['East China'] }, verdicts: 'mmmmn', parsed: { target: 0.15, unit: 'percent' } },
  { text: 'Keep a 25% gross margin and raise the average margin of the product mix', verdicts: 'nmuun', parsed: { target: 0.25, unit: 'percent' } },
  { text: 'Maintain an 85% customer renewal rate this quarter', verdicts: 'nmuum', parsed: { target: 0.85, unit: 'percent' } },
  { text: 'Double our online revenue in FY2027', context: { baseline: 2_000_000, marketGrowth: 0.2, priorities: ['online'] }, verdicts: 'mmnmm', parsed: { growth: 1, unit: 'percent' } },
  { text: 'Do better at sales', verdicts: 'nnuun' },
  { text: 'I will grow my revenue by 15% next quarter', context: { baseline: 1_000_000, marketGrowth: 0.05 }, verdicts: 'mmmum', parsed: { growth: 0.15, unit: 'percent' } },
  { text: 'Win 12 new key accounts in Shanghai by the end of the year', context: { baseline: 10, marketGrowth: 0.1, priorities: ['Shanghai'] }, verdicts: 'mmmmm', parsed: { target: 12, unit: 'count' } },
  { text: 'Our team will hit $1.2M in SaaS bookings by Q4 2027', context: { baseline: 1_000_000, marketGrowth: 0.1, priorities: ['SaaS'] }, verdicts: 'mmumm', parsed: { target: 1_200_000, unit: 'currency', currency: 'USD' } },
  { text: 'Grow revenue 80% in 2027', context: { baseline: 10_000_000, marketGrowth: 0.1 }, verdicts: 'nmnum', parsed: { growth: 0.8, unit: 'percent' } },
  { text: 'Raise gross margin from 20% to 25% in the distributor channel within 6 months', context: { baseline: 0.2, marketGrowth: 0 }, verdicts: 'mmmum', parsed: { target: 0.25, unit: 'percent' } },
  { text: 'Close 30 deals with hospitals in H1 2027', context: { baseline: 25, marketGrowth: 0.1, priorities: ['hospitals'] }, verdicts: 'mmmmm', parsed: { target: 30, unit: 'count' } },
  { text: 'Sell more', verdicts: 'nnuun' },
  { text: 'Increase market share by 3 percentage points in South China this year', context: { baseline: 0.1 }, verdicts: 'mmmum', parsed: {} },
  { text: 'Generate 5 million yuan of revenue from enterprise customers next year', context: enRevenue, verdicts: 'mmmmm', parsed: { target: 5_000_000, unit: 'currency' } },
  { text: 'Finish the plan by 2027', verdicts: 'nnuum' },
  { text: '', verdicts: 'nnuun' },
  { text: '1e309', verdicts: 'nnuun' },
  { text: 'Retain 90% of existing customers in Q2', context: { baseline: 0.85, marketGrowth: 0 }, verdicts: 'mmnum', parsed: { target: 0.9, unit: 'percent' } },
  { text: 'Book RMB 800,000 of software revenue from SMEs within 90 days', context: { baseline: 1_000_000, marketGrowth: 0.1, priorities: ['SMEs'] }, verdicts: 'mmnmm', parsed: { target: 800_000, unit: 'currency' } },
  { text: 'Sell 1.2 million units of smartphones online next year', context: { baseline: 1_000_000, marketGrowth: 0.1 }, verdicts: 'mmmum', parsed: { target: 1_200_000, unit: 'count' } },
  { text: 'Make customers happier', verdicts: 'nnuun' },
  { text: 'Increase conversion rate to 30% for the East China team by Q3', context: { baseline: 0.25, marketGrowth: 0, priorities: ['East China'] }, verdicts: 'mmmmm', parsed: { target: 0.3, unit: 'percent' } },
  { text: 'Lift renewal rate to 95% this year', context: { baseline: 0.8, marketGrowth: 0 }, verdicts: 'nmnum', parsed: { target: 0.95, unit: 'percent' } },
  { text: 'Add 40 new clients from e-commerce each quarter', context: { baseline: 30, marketGrowth: 0.1 }, verdicts: 'mmmum', parsed: { target: 40, unit: 'count' } },
  { text: 'Triple revenue from partners by year-end', context: { baseline: 1_000_000, marketGrowth: 0.1 }, verdicts: 'mmnum', parsed: { growth: 2, unit: 'percent' } },
];

function run(locale: Locale, c: Case) {
  const a = analyzeGoal({ text: c.text, locale, context: c.context });
  const got = [a.specific, a.measurable, a.achievable, a.relevant, a.timeBound].map((v) => letter[v]).join('');
  expect(got, 'S M A R T').toBe(c.verdicts);
  if (c.parsed) {
    const { target, growth, unit } = a.parsed;
    expect({ target, growth, unit }).toEqual({ target: c.parsed.target, growth: c.parsed.growth, unit: c.parsed.unit });
  }
}

describe('Chinese goals', () => test.each(zh)('$text → $verdicts', (c) => run('zh-CN', c)));
describe('English goals', () => test.each(en)('$text → $verdicts', (c) => run('en', c)));

test('the table has 60 goals, half in each language', () => {
  expect(zh).toHaveLength(30);
  expect(en).toHaveLength(30);
});
