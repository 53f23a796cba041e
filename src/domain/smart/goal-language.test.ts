import { expect, test } from 'vitest';
import { analyzeGoalInScenario } from './scenario';
import { cloud, medical } from './test-scenarios';
import type { GoalAnalysis } from './types';

const verdicts = (a: GoalAnalysis) => [a.specific, a.measurable, a.achievable, a.relevant, a.timeBound].join(' ');

/** Goals written in one language and checked on a page in the other: each must be read as it is written. */
const goals: [scenario: typeof cloud, text: string, language: 'zh-CN' | 'en'][] = [
  [cloud, '2027年第三季度，华东地区企业级客户的云协同套件销售额达到1500万元', 'zh-CN'],
  [cloud, '2027年底前，新签42家中小企业客户', 'zh-CN'],
  [cloud, '下季度把华东区企业客户流失率从15%降到12%', 'zh-CN'],
  [cloud, '2027年华东区云服务销售额增长80%', 'zh-CN'],
  [cloud, '2027年Q3华东区SME客户销售额达到RMB 300万', 'zh-CN'],
  [medical, '2027年第二季度末前，把上海医疗设备销售额从300万提高到330万', 'zh-CN'],
  [medical, '第三季度在江苏新增12家医院客户', 'zh-CN'],
  [cloud, 'Reach RMB 15 million in revenue from enterprise customers in East China in Q3 2027', 'en'],
  [cloud, 'Win 42 new SME customers by the end of 2027', 'en'],
  [cloud, 'Bring enterprise customer churn in East China down from 15% to 12% next quarter', 'en'],
  [cloud, 'Grow cloud services revenue in East China by 80% in 2027', 'en'],
  [medical, 'Win 12 new hospital customers in Jiangsu in Q3', 'en'],
  [medical, 'Keep the renewal rate of hospitals in East China at 85% in 2027', 'en'],
];

test.each(goals)('%#: “%s” gets the same verdicts on a Chinese page and on an English page', (scenario, text, language) => {
  const zhPage = analyzeGoalInScenario(text, 'zh-CN', scenario);
  const enPage = analyzeGoalInScenario(text, 'en', scenario);
  expect(enPage.language).toBe(language);
  expect(zhPage.language).toBe(language);
  expect(verdicts(enPage)).toBe(verdicts(zhPage));
  expect(enPage.parsed).toEqual(zhPage.parsed);
  expect(enPage.working).toEqual(zhPage.working);
});

test('the QA goal in Chinese scores five of five under an English page: 15 million, not 2,027, and a Q3 deadline', () => {
  const a = analyzeGoalInScenario('2027年第三季度，华东地区企业级客户的云协同套件销售额达到1500万元', 'en', cloud);
  expect(a.parsed.target).toBe(15_000_000);
  expect(a.parsed.period).toBe('quarter');
  expect(a.timeBound).toBe('met');
  expect(a.specific).toBe('met');
  expect(a.relevant).toBe('met');
});

test('an English goal on a Chinese page is read in English', () => {
  const a = analyzeGoalInScenario('Reach RMB 7.5 million in revenue from enterprise customers in East China in Q3 2027', 'zh-CN', cloud);
  expect(a.parsed).toMatchObject({ target: 7_500_000, metric: 'revenue', period: 'quarter' });
  expect(verdicts(a)).toBe('met met met met met');
});

test('a goal mixing the languages is read in the one it mostly uses, and names the company’s terms in either', () => {
  const mostlyEnglish = analyzeGoalInScenario('Reach RMB 15 million in 华东 enterprise revenue by Q3 2027', 'zh-CN', cloud);
  expect(mostlyEnglish.language).toBe('en');
  expect(mostlyEnglish.parsed.target).toBe(15_000_000);
  expect(mostlyEnglish.relevant).toBe('met');
  expect(mostlyEnglish.parsed.scope).toEqual(expect.arrayContaining(['华东', 'enterprise']));
  const mostlyChinese = analyzeGoalInScenario('2027年Q3，East China 企业级客户销售额达到1500万元', 'en', cloud);
  expect(mostlyChinese.language).toBe('zh-CN');
  expect(mostlyChinese.parsed.target).toBe(15_000_000);
  expect(mostlyChinese.parsed.scope).toEqual(expect.arrayContaining(['East China']));
  // A date written the Chinese way in an English goal is still a date, not a target of 2,027.
  const chineseDate = analyzeGoalInScenario('Reach RMB 15 million in enterprise revenue in East China in 2027年第三季度', 'zh-CN', cloud);
  expect(chineseDate.parsed.target).toBe(15_000_000);
  expect(chineseDate.timeBound).toBe('met');
});

test('a goal with no words at all is read in the page’s language', () => {
  expect(analyzeGoalInScenario('1500', 'en', cloud).language).toBe('en');
  expect(analyzeGoalInScenario('1500', 'zh-CN', cloud).language).toBe('zh-CN');
});
