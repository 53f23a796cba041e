import { expect, test } from 'vitest';
import { findScenario } from '../../content/scenarios';
import { analyzeGoalInScenario, type GoalAnalysis } from '../../domain';

const letter = { met: 'm', not_met: 'n', unknown: 'u' } as const;
const verdictsOf = (a: GoalAnalysis) => [a.specific, a.measurable, a.achievable, a.relevant, a.timeBound].map((v) => letter[v]).join('');

function inScenario(id: string, text: string, locale: 'zh-CN' | 'en') {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return analyzeGoalInScenario(text, locale, scenario);
}

/** The goals a trainee tried that the checker used to get absurdly wrong, each in both languages, in its company. */
const reported: { scenario: string; zh: string; en: string; verdicts: string; change?: number; source?: 'goal' | 'company'; says?: string }[] = [
  // 签约额 is a money amount, the goal's own 300万 is the baseline: +20%, not +35,999,900%.
  { scenario: 'medical-devices', zh: '2027年第二季度末前，把华东区医疗器械新客户签约额从300万提高到360万', en: 'By the end of Q2 2027, grow new-customer contract value for medical devices in East China from RMB 3 million to RMB 3.6 million', verdicts: 'mmmmm', change: 0.2, source: 'goal', says: 'baselineDiffers' },
  { scenario: 'cloud-software', zh: '2027年底前，华东区企业级客户的销售额从3000万元提高到3600万元', en: 'By the end of 2027, grow revenue from enterprise customers in East China from RMB 30 million to RMB 36 million', verdicts: 'mmmmm', change: 0.2, source: 'goal', says: 'baselineDiffers' },
  { scenario: 'consumer-electronics', zh: '2027年6月30日前，把华南区智能家电销售额从1200万元提高到1440万元', en: 'By 30 June 2027, grow smart appliance revenue in South China from RMB 12 million to RMB 14.4 million', verdicts: 'mmmmm', change: 0.2, source: 'goal' },
  { scenario: 'cloud-software', zh: '2027年，华东区云服务销售额增长-20%', en: 'Grow cloud services revenue in East China by -20% in 2027', verdicts: 'mmnmm', change: -0.2, source: 'company', says: 'negative' },
  { scenario: 'cloud-software', zh: '2027年底前，云协同套件销售额达到4,000万元', en: 'By the end of 2027, reach RMB 40 million in cloud collaboration suite revenue', verdicts: 'mmmmm', source: 'company' },
  // Compared with the suite's 70% of the company's revenue (RMB 33.6M), not all of it (RMB 48M): +73%, beyond market growth + 30%.
  { scenario: 'cloud-software', zh: '2027年底前，云协同套件销售额达到5,800万元', en: 'By the end of 2027, reach RMB 58 million in cloud collaboration suite revenue', verdicts: 'mmnmm', source: 'company', says: 'tooHigh' },
  // The tool's own old example: Shanghai is 4 of 10 regions, medical equipment 8 of 10 products (RMB 9.6M).
  { scenario: 'medical-devices', zh: '2027年底前，上海医疗设备销售额达到3,810万元', en: 'By the end of 2027, reach RMB 38.1 million in medical equipment revenue in Shanghai', verdicts: 'mmnmm', source: 'company', says: 'tooHigh' },
  { scenario: 'cloud-software', zh: '2027年第四季度，华东区企业级客户销售额达到200万美元', en: 'Reach $2M in enterprise bookings in East China by Q4 2027', verdicts: 'mmumm', says: 'otherCurrency' },
  { scenario: 'cloud-software', zh: '2027年Q3，华东区企业客户续约率提升5个百分点', en: 'Raise the renewal rate of enterprise customers in East China by 5 percentage points in Q3 2027', verdicts: 'mmnmm', change: 0.05, source: 'company', says: 'rateTooHigh' },
  { scenario: 'cloud-software', zh: '2027年Q3，华东区企业客户续约率提升2个百分点', en: 'Raise the renewal rate of enterprise customers in East China by 2 percentage points in Q3 2027', verdicts: 'mmmmm', change: 0.02, source: 'company', says: 'rateMet' },
  { scenario: 'cloud-software', zh: '2027年底前，新签42家SMB客户', en: 'Win 42 new SMB customers by the end of 2027', verdicts: 'mmmmm', change: 0.2, source: 'company' },
  // No deadline, and 5,000 units in a year is below last year's 9,600.
  { scenario: 'consumer-electronics', zh: '通过华南门店销售5000台智能空调', en: 'Sell 5,000 smart air conditioners through South China stores', verdicts: 'mmnmn', source: 'company' },
];

for (const r of reported)
  for (const locale of ['zh-CN', 'en'] as const) {
    const text = locale === 'zh-CN' ? r.zh : r.en;
    test(`${r.scenario} (${locale}): ${text} → ${r.verdicts}`, () => {
      const a = inScenario(r.scenario, text, locale);
      expect(verdictsOf(a), 'S M A R T').toBe(r.verdicts);
      if (r.source) expect(a.working?.source).toBe(r.source);
      if (r.change !== undefined) expect(a.working?.change).toBeCloseTo(r.change, 6);
      if (r.says) expect(a.feedback.map((f) => f.key)).toContain(`smart.feedback.achievable.${r.says}`);
    });
  }

/** The same goal in Chinese and in English, in the same company. */
const parity: [scenario: string, zh: string, en: string][] = [
  ['cloud-software', '2027年底前，华东区云协同套件的销售额达到5,800万元', 'By the end of 2027, reach RMB 58 million in cloud collaboration suite revenue in East China'],
  ['cloud-software', '2027年第三季度，华东区企业级客户销售额达到1,500万元', 'Reach RMB 15 million in revenue from enterprise customers in East China in Q3 2027'],
  ['cloud-software', '2027年底前，新签42家中小企业客户', 'Win 42 new SME customers by the end of 2027'],
  ['cloud-software', '本季度在华南新增40家企业级客户', 'Add 40 new enterprise customers in South China this quarter'],
  ['cloud-software', '2027年，华东区企业客户续约率保持在90%', 'Keep the renewal rate of enterprise customers in East China at 90% in 2027'],
  ['cloud-software', '2027年底前，云协同套件在华东的市场份额达到10%', 'By the end of 2027, reach a 10% market share for the cloud collaboration suite in East China'],
  ['cloud-software', '2027年，华东区云服务销售额增长-20%', 'Grow cloud services revenue in East China by -20% in 2027'],
  ['cloud-software', '2027年华东区云服务销售额增长80%', 'Grow cloud services revenue in East China by 80% in 2027'],
  ['cloud-software', '下季度把华东区企业客户流失率从15%降到12%', 'Bring enterprise customer churn in East China down from 15% to 12% next quarter'],
  ['cloud-software', '2027年底前，把华东区中小企业版毛利率从62%提高到65%', 'By the end of 2027, raise the gross margin of the SME edition in East China from 62% to 65%'],
  ['cloud-software', '提高销售额', 'increase sales'],
  ['cloud-software', '2027年底前，华东区企业级销售费用降低10%', 'Cut enterprise sales costs in East China by 10% by the end of 2027'],
  ['cloud-software', '2027年华东区新客户签约额达到1,000万元', 'Reach RMB 10 million in new-customer bookings in East China in 2027'],
  ['medical-devices', '2027年第二季度末前，把华东区医疗器械新客户签约额从300万提高到360万', 'By the end of Q2 2027, grow new-customer contract value for medical devices in East China from RMB 3 million to RMB 3.6 million'],
  ['medical-devices', '2027年底前，华东医疗设备销量达到460台', 'By the end of 2027, sell 460 units of medical equipment in East China'],
  ['medical-devices', '2027年，华东区医院市场份额从8%提高到10%', 'Raise our market share among hospitals in East China from 8% to 10% in 2027'],
  ['medical-devices', '第三季度在江苏新增12家医院客户', 'Win 12 new hospital customers in Jiangsu in Q3'],
  ['medical-devices', '2027年浙江培训服务收入达到600万元', 'Reach RMB 6 million in training services revenue in Zhejiang in 2027'],
  ['medical-devices', '2027年华东区医疗设备销售额翻一番', 'Double medical equipment revenue in East China in 2027'],
  ['medical-devices', '本月华东区医疗设备销售额达到280万元', 'Reach RMB 2.8 million in medical equipment revenue in East China this month'],
  ['medical-devices', '2027年华东区医院续约率保持在85%', 'Keep the renewal rate of hospitals in East China at 85% in 2027'],
  ['medical-devices', '华东区医疗设备销售额达到3,600万元', 'Reach RMB 36 million in medical equipment revenue in East China'],
  ['medical-devices', '2027年底前，把华东区医疗设备的毛利率从45%提高到50%', 'By the end of 2027, raise the gross margin of medical equipment in East China from 45% to 50%'],
  ['consumer-electronics', '2027年6月30日前，把华南区智能家电销售额从1200万元提高到1440万元', 'By 30 June 2027, grow smart appliance revenue in South China from RMB 12 million to RMB 14.4 million'],
  ['consumer-electronics', '通过华南门店销售5000台智能空调', 'Sell 5,000 smart air conditioners through South China stores'],
  ['consumer-electronics', '本月在广东线上渠道卖出900台智能家电', 'Sell 900 smart appliances through the online channel in Guangdong this month'],
  ['consumer-electronics', '2027年华南区门店销售额增长10%', 'Grow store revenue in South China by 10% in 2027'],
  ['consumer-electronics', '2027年底前，华南区线上渠道新增70家经销商客户', 'Win 70 new distributor customers in the South China online channel by the end of 2027'],
  ['consumer-electronics', '下季度华南区智能家电的市场份额达到7%', 'Reach a 7% market share for smart appliances in South China next quarter'],
  ['consumer-electronics', '2027年华南区配件费用降低15%', 'Cut accessory costs in South China by 15% in 2027'],
  ['consumer-electronics', '2027年华南区智能家电销售额从1200万元提高到2000万元', 'Grow smart appliance revenue in South China from RMB 12 million to RMB 20 million in 2027'],
  ['consumer-electronics', '2027年在广西卖出500台', 'Sell 500 units in Guangxi in 2027'],
];

test.each(parity)('%s: “%s” and “%s” get the same five verdicts', (scenario, zh, en) => {
  const a = inScenario(scenario, zh, 'zh-CN');
  const b = inScenario(scenario, en, 'en');
  expect(verdictsOf(b), 'S M A R T').toBe(verdictsOf(a));
  expect(b.parsed.metric).toBe(a.parsed.metric);
  if (a.working) expect(b.working?.change).toBeCloseTo(a.working.change, 6);
  else expect(b.working).toBeUndefined();
});

test('the parity set has at least 30 pairs, in every company, and not all of them pass', () => {
  expect(parity.length).toBeGreaterThanOrEqual(30);
  expect(new Set(parity.map(([s]) => s)).size).toBe(3);
  const verdicts = new Set(parity.map(([s, zh]) => verdictsOf(inScenario(s, zh, 'zh-CN'))));
  expect(verdicts.size).toBeGreaterThanOrEqual(5);
});
