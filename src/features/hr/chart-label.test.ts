import { expect, test } from 'vitest';
import { fitLabel, textWidth } from './chart-label';

test('a label that fits is kept whole', () => {
  expect(fitLabel('North America Sales', 400, 13)).toEqual({ text: 'North America Sales', cut: false });
});

test('a long label is cut with an ellipsis to fit, in Latin and in Chinese', () => {
  const latin = fitLabel('StrategicAccountsAPACRegionWithoutAnySpacesAtAllAnywhereInIt', 200, 13);
  expect(latin.cut).toBe(true);
  expect(latin.text.endsWith('…')).toBe(true);
  expect(textWidth(latin.text, 13)).toBeLessThanOrEqual(200);
  const chinese = fitLabel('华东区战略大客户与重点合作伙伴发展事业部第三销售中心', 200, 13);
  expect(chinese.text).toBe('华东区战略大客户与重点合作伙…');
  expect(textWidth(chinese.text, 13)).toBeLessThanOrEqual(200);
});

test('Chinese characters count a full em, Latin letters less', () => {
  expect(textWidth('部门', 10)).toBe(20);
  expect(textWidth('ab', 10)).toBeCloseTo(14.4);
});
