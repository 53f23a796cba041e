/**
 * The figures of the deck's key-facts checklist (`shared/seed/outline.zh.md`), per module,
 * as they must appear in each locale's rendered text. Kept by hand from the checklist on
 * purpose: the content must not be able to redefine its own expectations.
 * English tokens match case-insensitively.
 */
export interface ModuleFacts {
  'zh-CN': string[];
  en: string[];
}

export const facts: Record<string, ModuleFacts> = {
  '00-intro': {
    'zh-CN': ['50页', 'SMART', '闭环'],
    en: ['50 pages', 'closed-loop', 'nine'],
  },
  '01-foundations': {
    'zh-CN': ['第三季度', '20%', '100台', '500万元', '华东', '15%', '25%', '50个', '85%'],
    en: ['Q3', '20%', '100 units', 'RMB 5 million', 'East China', '15%', '25%', '50 new enterprise customers', '85%'],
  },
  '02-setting': {
    // The deck's competitor "A公司" is named X公司 here, apart from success case A of module 07.
    'zh-CN': ['25%', 'X公司', '1–3年', '自上而下', '自下而上', '对比法', '增长法'],
    en: ['25%', 'Company X', '1–3 years', 'top-down', 'bottom-up', 'benchmarking', 'growth method'],
  },
  '03-execution': {
    'zh-CN': ['68%', '3.5', '27%', '40%', '15', '8', '25%', '100%', '70%', '20%', '8%', '50%',
      '10%', '60%', '30%', '55%', '10万元', '30万元', '200%', 'ROI', 'TCO'],
    en: ['68%', '3.5', '27%', '40%', '15', '8', '25%', '100%', '70%', '20%', '8%', '50%',
      '10%', '60%', '30%', '55%', 'RMB 100,000', 'RMB 300,000', '200%', 'ROI', 'TCO'],
  },
  '04-tracking': {
    'zh-CN': ['150%', '80%', '85%', '70%', '130%', '周五', 'CRM'],
    en: ['150%', '80%', '85%', '70%', '130%', 'Friday', 'CRM'],
  },
  '05-challenges': {
    'zh-CN': ['LSCPA', '价格', '需求', '时机', '产品', '供应商', '权限', '失败日志'],
    en: ['LSCPA', 'price', 'need', 'timing', 'product', 'vendor', 'authority', 'failure log'],
  },
  '06-incentives': {
    'zh-CN': ['30%', '50%', '60%', '90%', '销售总监', '销售经理', '高级销售代表', '销售代表', '销售助理'],
    en: ['30%', '50%', '60%', '90%', 'Sales Director', 'Sales Manager', 'Senior Sales Representative',
      'Sales Representative', 'Sales Assistant'],
  },
  '07-cases': {
    'zh-CN': ['2022', '25%', '15%', '60%', '12个百分点', '20%', '8%', '6个月', '120万', '350万', '5年',
      '70%', '2021', '80%', '45%', '90%'],
    en: ['2022', '25%', '15%', '60%', '12 percentage points', '20%', '8%', '6 months', 'RMB 1.2 million',
      'RMB 3.5 million', '5 years', '70%', '2021', '80%', '45%', '90%'],
  },
  '08-eq': {
    'zh-CN': ['58%', '40%', '67%', '70/30', '70%', '30%'],
    en: ['58%', '40%', '67%', '70/30', '70%', '30%'],
  },
  '09-practice': {
    'zh-CN': ['两周', '一个月', '季度末', '公平性', '激励性', '可行性', 'CRM'],
    en: ['two weeks', 'one month', 'end of the quarter', 'fairness', 'motivation', 'feasibility', 'CRM'],
  },
};
