import { analyzeGoal } from '../../src/domain/smart';

const samples: [string, 'zh-CN' | 'en'][] = [
  ['第三季度增加A产品销售额20%', 'zh-CN'],
  ['本月销售100台新型设备', 'zh-CN'],
  ['2027年底前，华东团队新签企业级客户五十家', 'zh-CN'],
  ['未来三个月，我的毛利率从20%提高到25%', 'zh-CN'],
  ['提高业绩', 'zh-CN'],
  ['By 30 June 2027, win 50 new enterprise customers in East China', 'en'],
  ['Increase product A sales by 20% in Q3', 'en'],
  ['Our team will hit $1.2M in SaaS bookings by Q4 2027', 'en'],
  ['Raise gross margin from 20% to 25% in the distributor channel within 6 months', 'en'],
  ['increase sales', 'en'],
  ['2027年第二季度末前，把华东区医疗器械新客户签约额从300万提高到360万', 'zh-CN'],
  ['2027年华东区客户流失率降低20%', 'zh-CN'],
  ['By the end of 2027, reach RMB 58 million in cloud collaboration suite revenue', 'en'],
  ['Sell 5,000 smart air conditioners through South China stores', 'en'],
];

/** Analyzes a batch of 10,000 goals (the sample set repeated, with varied figures) and reports the time. */
export function benchSmart(): string[] {
  const goals = Array.from({ length: 10_000 }, (_, i) => {
    const [text, locale] = samples[i % samples.length]!;
    return { text: text.replace(/\d+/, (d) => String(Number(d) + (i % 7))), locale };
  });
  // As the exercise passes a company: priorities and scopes with aliases, and last year's figure of each metric.
  const context = {
    baselines: { revenue: 48_000_000, newCustomers: 120, marketShare: 0.08, margin: 0.62, units: 9_600, churn: 0.1 },
    marketGrowth: 0.1,
    priorities: ['华东', 'East China', 'enterprise|企业级', 'SMEs|SMB|中小企业', '云服务|云协同套件|cloud collaboration suite'],
    scopes: ['云协同套件|协同套件|cloud collaboration suite', '医疗设备|医疗器械|medical equipment', '华南|South China'],
  };
  for (const g of goals.slice(0, 500)) analyzeGoal({ ...g, context }); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const g of goals) analyzeGoal({ ...g, context });
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2]!;
  return [
    `analyzeGoal: 10,000 goals in ${median.toFixed(0)} ms (median of 5 runs; fastest ${runs[0]!.toFixed(0)} ms, slowest ${runs[4]!.toFixed(0)} ms), per goal: ${((median * 1000) / 10_000).toFixed(1)} µs`,
    median < 1000 ? 'within the 1 s budget' : 'OVER the 1 s budget',
  ];
}
