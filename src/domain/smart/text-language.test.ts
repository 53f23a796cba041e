import { expect, test } from 'vitest';
import { textLanguage } from './text-language';

test.each([
  ['2027年第三季度，华东地区企业级客户的云协同套件销售额达到1500万元', 'en', 'zh-CN'],
  ['2027年Q3华东区SME客户销售额达到RMB 300万', 'en', 'zh-CN'],
  ['明白。您能具体说说吗？您是从哪几个方面比较这两份方案的？', 'en', 'zh-CN'],
  ['ＳＭＥ客户', 'en', 'zh-CN'],
  ['Reach RMB 15 million in revenue from enterprise customers in East China in Q3 2027', 'zh-CN', 'en'],
  ['I understand. Could you tell me which parts you compared?', 'zh-CN', 'en'],
  ['Reach RMB 15 million in 华东 enterprise revenue by Q3 2027', 'zh-CN', 'en'],
  ['把 enterprise 客户的销售额提高到1500万元', 'en', 'zh-CN'],
])('“%s” read under a %s page is %s', (text, page, expected) => {
  expect(textLanguage(text, page as 'zh-CN' | 'en')).toBe(expected);
});

test.each([
  ['', 'en'],
  ['1500', 'zh-CN'],
  ['RMB 15,000,000 Q3', 'en'],
  ['华 East', 'zh-CN'],
  ['!!!', 'en'],
] as const)('“%s” says nothing either way, so it is read in the page’s language (%s)', (text, page) => {
  expect(textLanguage(text, page)).toBe(page);
});
