import { expect, test } from 'vitest';
import { analyzeGoal } from './analyze';
import type { GoalAnalysis, GoalContext, Locale, MetricKind, Verdict } from './types';

/**
 * The rules for stated baselines, declines, a metric's direction, units, the company's own words and
 * per-metric baselines, each as a goal written in both languages with the same expected verdicts.
 */
interface Pair {
  zh: string;
  en: string;
  /** The numbers; the company's words are added per language unless `bare`. */
  context?: Omit<GoalContext, 'priorities' | 'scopes'>;
  bare?: boolean;
  /** S M A R T: m = met, n = not met, u = unknown. */
  verdicts: string;
  metric?: MetricKind;
  target?: number;
  growth?: number;
  baseline?: number;
  working?: { source: 'goal' | 'company'; baseline?: number; change: number; scale?: 'relative' | 'points' };
  /** Feedback keys (after `smart.feedback.achievable.`) that must be given. */
  says?: string[];
}

const words: Record<Locale, Pick<GoalContext, 'priorities' | 'scopes'>> = {
  'zh-CN': { priorities: ['华东', '企业级|企业客户', '中小企业|SME|SMB', '云服务|云协同套件|协同套件'], scopes: ['云协同套件|协同套件', '智联网关'] },
  en: {
    priorities: ['East China', 'enterprise', 'SMEs|SME|SMB|small businesses|small and medium businesses', 'cloud services|cloud collaboration suite|collaboration suite'],
    scopes: ['cloud collaboration suite|collaboration suite', 'SmartLink gateway'],
  },
};

const revenue = { baselines: { revenue: 48_000_000 }, marketGrowth: 0.25 };

const ownBaseline: Pair[] = [
  { zh: '2027年第二季度末前，把华东区新客户签约额从300万提高到360万', en: 'By the end of Q2 2027, grow new-customer contract value in East China from RMB 3 million to RMB 3.6 million', context: { baselines: { revenue: 48_000_000, newCustomers: 120 }, marketGrowth: 0.12 }, verdicts: 'mmmmm', metric: 'revenue', baseline: 3_000_000, target: 3_600_000, working: { source: 'goal', baseline: 3_000_000, change: 0.2 }, says: ['met', 'baselineDiffers'] },
  { zh: '2027年底前，华东区企业级销售额由3000万元增至3600万元', en: 'By the end of 2027, grow enterprise revenue in East China from RMB 30 million to RMB 36 million', context: { baseline: 48_000_000, marketGrowth: 0.25 }, verdicts: 'mmmmm', baseline: 30_000_000, target: 36_000_000, working: { source: 'goal', change: 0.2 }, says: ['baselineDiffers'] },
  { zh: '2027年，华东区企业级销售额从去年的3000万元提高到3600万元', en: 'Reach RMB 36 million in enterprise revenue in East China in 2027, up from RMB 30 million', context: revenue, verdicts: 'mmmmm', baseline: 30_000_000, target: 36_000_000, working: { source: 'goal', change: 0.2 } },
  { zh: '2027年华东区企业级销售额：3000万元 → 3600万元', en: 'East China enterprise revenue in 2027: RMB 30 million → RMB 36 million', context: revenue, verdicts: 'mmmmm', baseline: 30_000_000, target: 36_000_000, working: { source: 'goal', change: 0.2 } },
  { zh: '2027年底前，华东区企业级销售额从3000万元提高到4500万元', en: 'By the end of 2027, grow enterprise revenue in East China from RMB 30 million to RMB 45 million', context: { baselines: { revenue: 30_000_000 }, marketGrowth: 0.1 }, verdicts: 'mmnmm', working: { source: 'goal', change: 0.5 }, says: ['tooHigh'] },
  { zh: '2027年底前，华东区市场份额从8%提高到10%', en: 'By the end of 2027, raise our market share in East China from 8% to 10%', context: { baselines: { marketShare: 0.08 }, marketGrowth: 0.1 }, verdicts: 'mmmmm', metric: 'marketShare', baseline: 0.08, target: 0.1, working: { source: 'goal', change: 0.02, scale: 'points' } },
  { zh: '本季度华东区销售额从500万元增长20%', en: 'Grow revenue in East China by 20% from RMB 5 million this quarter', verdicts: 'mmmmm', baseline: 5_000_000, growth: 0.2, working: { source: 'goal', change: 0.2 } },
  { zh: '本季度在华东新签企业级客户从20家增加到24家', en: 'Grow new enterprise customers in East China from 20 to 24 this quarter', context: { baselines: { newCustomers: 120 } }, verdicts: 'mmmmm', metric: 'newCustomers', baseline: 20, target: 24, working: { source: 'goal', change: 0.2 }, says: ['baselineDiffers'] },
];

const declines: Pair[] = [
  { zh: '2027年华东区销售额增长-20%', en: 'Grow revenue in East China by -20% in 2027', context: revenue, verdicts: 'mmnmm', growth: -0.2, says: ['negative'] },
  { zh: '本季度华东区销售额下降10%', en: 'Let East China revenue decrease by 10% this quarter', context: revenue, verdicts: 'mmnmm', growth: -0.1 },
  { zh: '下季度华东区销售额降低百分之十', en: 'Lower East China revenue by 10 percent next quarter', context: revenue, verdicts: 'mmnmm', growth: -0.1 },
  { zh: '本季度华东区企业级销售额减少5%', en: 'Cut enterprise revenue in East China by 5% this quarter', context: revenue, verdicts: 'mmnmm', growth: -0.05 },
];

const direction: Pair[] = [
  { zh: '2027年华东区企业级客户的费用降低10%', en: 'Cut enterprise costs in East China by 10% in 2027', context: { baselines: { cost: 10_000_000 } }, verdicts: 'mmmmm', metric: 'cost', growth: -0.1, working: { source: 'company', baseline: 10_000_000, change: -0.1 }, says: ['reductionMet'] },
  { zh: '本季度华东区销售费用减少40%', en: 'Reduce sales costs in East China by 40% this quarter', context: { baselines: { cost: 10_000_000 } }, verdicts: 'mmnmm', metric: 'cost', growth: -0.4, says: ['reductionTooHigh'] },
  { zh: '2027年华东区企业级客户的费用增长10%', en: 'Grow enterprise costs in East China by 10% in 2027', context: { baselines: { cost: 10_000_000 } }, verdicts: 'mmnmm', metric: 'cost', growth: 0.1, says: ['worsens'] },
  { zh: '2027年华东区企业级客户的费用控制在900万元', en: 'Keep enterprise costs in East China at RMB 9 million in 2027', context: { baselines: { cost: 10_000_000 } }, verdicts: 'mmmmm', metric: 'cost', target: 9_000_000, working: { source: 'company', change: -0.1 } },
  { zh: '2027年华东区客户流失率降低20%', en: 'Reduce customer churn in East China by 20% in 2027', context: { baselines: { churn: 0.1 } }, verdicts: 'mmmmm', metric: 'churn', growth: -0.2 },
  { zh: '2027年华东区客户流失率从10%上升到12%', en: 'Let customer churn in East China rise from 10% to 12% in 2027', verdicts: 'mmnmm', metric: 'churn', baseline: 0.1, target: 0.12, says: ['worsens'] },
  { zh: '2027年底前，把华东区客户流失率从10%降到8%', en: 'By the end of 2027, bring customer churn in East China down from 10% to 8%', verdicts: 'mmmmm', metric: 'churn', baseline: 0.1, target: 0.08, working: { source: 'goal', change: -0.2 } },
  { zh: '2027年华东区客户流失率降低2个百分点', en: 'Cut customer churn in East China by 2 percentage points in 2027', context: { baselines: { churn: 0.1 } }, verdicts: 'mmmmm', metric: 'churn', working: { source: 'company', change: -0.2 } },
];

const units: Pair[] = [
  { zh: '2027年第二季度末前，华东区新客户签约额达到900万元', en: 'By the end of Q2 2027, reach RMB 9 million in new-customer bookings in East China', context: { baselines: { revenue: 30_000_000, newCustomers: 40 }, marketGrowth: 0.12 }, verdicts: 'mmmmm', metric: 'revenue', target: 9_000_000, working: { source: 'company', baseline: 7_500_000, change: 0.2 } },
  { zh: '2027年华东区合同额达到3600万元', en: 'Reach RMB 36 million in contract value in East China in 2027', context: { baselines: { revenue: 30_000_000 } }, verdicts: 'mmmmm', metric: 'revenue' },
  { zh: '2027年在华南门店销售5000台智能空调', en: 'Sell 5,000 smart air conditioners through South China stores in 2027', context: { baselines: { units: 4_500, revenue: 12_000_000 }, marketGrowth: 0.05 }, verdicts: 'mmmnm', metric: 'units', target: 5_000 },
  { zh: '下季度在华东卖出300台设备', en: 'Sell 300 devices in East China next quarter', context: { baselines: { units: 1_000 } }, verdicts: 'mmmmm', metric: 'units', target: 300, working: { source: 'company', baseline: 250, change: 0.2 } },
  { zh: '本季度华东区新客户数达到300万元', en: 'Win RMB 3 million of new customers in East China this quarter', context: { baselines: { newCustomers: 120, revenue: 48_000_000 } }, verdicts: 'mmumm', metric: 'newCustomers', says: ['unitMismatch'] },
  { zh: '2027年华东区销售额达到500台', en: 'Reach revenue of 500 units in East China in 2027', context: revenue, verdicts: 'mmumm', metric: 'revenue', says: ['unitMismatch'] },
  { zh: '2027年华东区销售额达到15%', en: 'Reach 15% in East China revenue in 2027', context: revenue, verdicts: 'mmumm', metric: 'revenue', says: ['unitMismatch'] },
];

const companyWords: Pair[] = [
  { zh: '2027年底前，云协同套件销售额达到5,800万元', en: 'By the end of 2027, reach RMB 58 million in cloud collaboration suite revenue', context: revenue, verdicts: 'mmmmm' },
  { zh: '2027年底前，新签150家SMB客户', en: 'Win 150 new SMB customers by the end of 2027', context: { baselines: { newCustomers: 120 }, marketGrowth: 0.25 }, verdicts: 'mmmmm', metric: 'newCustomers', target: 150 },
  { zh: '2027年底前，新签150家smb客户', en: 'Win 150 new smb customers by the end of 2027', context: { baselines: { newCustomers: 120 }, marketGrowth: 0.25 }, verdicts: 'mmmmm' },
  { zh: '2027年第三季度，智联网关销售额达到1,500万元', en: 'Reach RMB 15 million in SmartLink gateway revenue in Q3 2027', context: revenue, verdicts: 'mmmnm' },
  { zh: '2027年第三季度，智联网关销售额达到1,500万元', en: 'Reach RMB 15 million in SmartLink gateway revenue in Q3 2027', context: revenue, bare: true, verdicts: 'nmmum' },
  { zh: '2027年底前，SMB客户销售额增长20%', en: 'By the end of 2027, grow revenue from small and medium businesses by 20%', context: revenue, verdicts: 'mmmmm', growth: 0.2 },
  { zh: '2027年底前，西北区销售额达到5,000万元', en: 'By the end of 2027, reach RMB 50 million in revenue in Northwest China', context: revenue, verdicts: 'mmmnm' },
];

const perMetric: Pair[] = [
  { zh: '本月华东区销售额达到500万元', en: 'Reach RMB 5 million in East China revenue this month', context: revenue, verdicts: 'mmmmm', working: { source: 'company', baseline: 4_000_000, change: 0.25 } },
  { zh: '上半年华东区销售额达到3,000万元', en: 'Reach RMB 30 million in East China revenue in H1 2027', context: revenue, verdicts: 'mmmmm', working: { source: 'company', baseline: 24_000_000, change: 0.25 } },
  { zh: '第三季度华东区市场份额达到10%', en: 'Reach a 10% market share in East China in Q3', context: { baselines: { marketShare: 0.08, revenue: 48_000_000 } }, verdicts: 'mmmmm', working: { source: 'company', baseline: 0.08, change: 0.02, scale: 'points' } },
  { zh: '本季度华东区销售额达到1,500万元', en: 'Reach RMB 15 million in East China revenue this quarter', context: { baseline: 10_000_000, baselines: { revenue: 48_000_000 }, marketGrowth: 0.1 }, verdicts: 'mmnmm', working: { source: 'company', baseline: 10_000_000, change: 0.5 } },
  { zh: '本季度华东区销售额达到1,500万元', en: 'Reach RMB 15 million in East China revenue this quarter', context: { baselines: { revenue: 48_000_000 }, marketGrowth: 0.1 }, verdicts: 'mmmmm', working: { source: 'company', baseline: 12_000_000, change: 0.25 } },
  { zh: '本季度华东区客户数达到330家', en: 'Reach 330 customers in East China this quarter', context: { baselines: { customers: 300 } }, verdicts: 'mmmmm', metric: 'customers', working: { source: 'company', baseline: 300, change: 0.1 } },
  // A calendar date is a deadline, not a month: the year's figure, in both languages.
  { zh: '2027年6月30日前，华东区销售额达到5,000万元', en: 'By 30 June 2027, reach RMB 50 million in East China revenue', context: revenue, verdicts: 'mmmmm', working: { source: 'company', baseline: 48_000_000, change: 50 / 48 - 1 } },
  { zh: '90天内华东区销售额达到1,000万元', en: 'Reach RMB 10 million in East China revenue within 90 days', context: revenue, verdicts: 'mmumm', says: ['needsBaseline'] },
];

test.each([
  ['明年多卖一点', 'zh-CN'],
  ['做得更好', 'zh-CN'],
  ['Sell more next year', 'en'],
] as const)('a goal with neither a metric nor a figure is asked for a figure, not for "a metric this company has data for": %s', (text, locale) => {
  const a = analyzeGoal({ text, locale, context: { ...revenue, ...words[locale] } });
  expect(a.achievable).toBe('unknown');
  const said = a.feedback.filter((f) => f.criterion === 'achievable').map((f) => f.key);
  expect(said).toEqual(['smart.feedback.achievable.needsTarget']);
});

// An amount after 增加/减少 or "by" changes last year's level; it is not the level to reach.
const changes: Pair[] = [
  { zh: '2027年华东区销售额增加500万元', en: 'Increase East China revenue by RMB 5 million in 2027', context: revenue, verdicts: 'mmmmm', metric: 'revenue', target: 53_000_000, working: { source: 'company', baseline: 48_000_000, change: 5 / 48 } },
  { zh: '2027年华东区销售额增加3000万元', en: 'Grow East China revenue by RMB 30 million in 2027', context: revenue, verdicts: 'mmnmm', says: ['tooHigh'], working: { source: 'company', baseline: 48_000_000, change: 30 / 48 } },
  { zh: '2027年华东区销售额减少500万元', en: 'Cut East China revenue by RMB 5 million in 2027', context: revenue, verdicts: 'mmnmm', says: ['negative'], working: { source: 'company', baseline: 48_000_000, change: -5 / 48 } },
  { zh: '2027年华东区新客户数增加30家', en: 'Increase new customers in East China by 30 in 2027', context: { baselines: { newCustomers: 120 }, marketGrowth: 0.25 }, verdicts: 'mmmmm', metric: 'newCustomers', target: 150, working: { source: 'company', baseline: 120, change: 0.25 } },
  // A level beside the added amount is the target, as written.
  { zh: '2027年华东区销售额增加500万元，达到5,300万元', en: 'Increase East China revenue by RMB 5 million to RMB 53 million in 2027', context: revenue, verdicts: 'mmmmm', target: 53_000_000, working: { source: 'company', baseline: 48_000_000, change: 5 / 48 } },
];

const letter: Record<Verdict, string> = { met: 'm', not_met: 'n', unknown: 'u' };
const verdictsOf = (a: GoalAnalysis) => [a.specific, a.measurable, a.achievable, a.relevant, a.timeBound].map((v) => letter[v]).join('');

function check(p: Pair, locale: Locale) {
  const text = locale === 'zh-CN' ? p.zh : p.en;
  const a = analyzeGoal({ text, locale, context: p.bare ? p.context : { ...p.context, ...words[locale] } });
  expect(verdictsOf(a), 'S M A R T').toBe(p.verdicts);
  if (p.metric) expect(a.parsed.metric).toBe(p.metric);
  if (p.target !== undefined) expect(a.parsed.target).toBeCloseTo(p.target, 6);
  if (p.growth !== undefined) expect(a.parsed.growth).toBeCloseTo(p.growth, 6);
  if (p.baseline !== undefined) expect(a.parsed.baseline).toBeCloseTo(p.baseline, 6);
  if (p.working) {
    expect(a.working?.source).toBe(p.working.source);
    expect(a.working?.change).toBeCloseTo(p.working.change, 6);
    if (p.working.baseline !== undefined) expect(a.working?.baseline).toBeCloseTo(p.working.baseline, 6);
  }
  for (const key of p.says ?? []) expect(a.feedback.map((f) => f.key)).toContain(`smart.feedback.achievable.${key}`);
}

const tables = { ownBaseline, declines, direction, units, companyWords, perMetric, changes };
for (const [rule, pairs] of Object.entries(tables)) {
  test.each(pairs)(`${rule} (zh-CN): $zh → $verdicts`, (p) => check(p, 'zh-CN'));
  test.each(pairs)(`${rule} (en): $en → $verdicts`, (p) => check(p, 'en'));
}

test('the rule tables hold at least 60 goals, half in each language', () => {
  expect(Object.values(tables).flat().length * 2).toBeGreaterThanOrEqual(60);
});

test('a starting figure close to the company’s says nothing more; one 10% off is pointed out', () => {
  const keys = (baseline: number) =>
    analyzeGoal({ text: '2027年华东区销售额从3000万元提高到3600万元', locale: 'zh-CN', context: { baseline } }).feedback.map((f) => f.key);
  expect(keys(31_000_000)).not.toContain('smart.feedback.achievable.baselineDiffers');
  expect(keys(33_500_000)).toContain('smart.feedback.achievable.baselineDiffers');
  const said = analyzeGoal({ text: '2027年华东区销售额从3000万元提高到3600万元', locale: 'zh-CN', context: { baseline: 48_000_000 } }).feedback.find((f) => f.key.endsWith('baselineDiffers'));
  expect(said?.values).toEqual({ stated: 30_000_000, company: 48_000_000, unit: 'currency' });
});

test('a lower-is-better metric is met from no change up to a 30% reduction, inclusive', () => {
  const at = (cut: number) => analyzeGoal({ text: `2027年华东区费用降低${cut}%`, locale: 'zh-CN', context: { baselines: { cost: 1 }, marketGrowth: 0.5 } }).achievable;
  expect([at(0), at(30), at(31)]).toEqual(['met', 'met', 'not_met']);
});
