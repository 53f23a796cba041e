import { expect, test } from 'vitest';
import { initI18n, renderHook } from '../../../tests/setup/render';
import { scenarios } from '../../content/scenarios';
import { analyzeGoalInScenario, goalTypes } from '../../domain';
import { useGoalText } from './use-goal-text';

test.each(['zh-CN', 'en'] as const)('every example rewrite and every built-in model goal meets all five criteria in its own company (%s)', async (locale) => {
  const i18n = initI18n(locale);
  await i18n.changeLanguage(locale);
  const { result } = renderHook(() => useGoalText());
  const checked = { year: 0, quarter: 0 };
  for (const scenario of scenarios)
    for (const type of goalTypes)
      for (const period of ['year', 'quarter'] as const) {
        const text = result.current.example(scenario, type, period);
        if (!text) continue;
        const a = analyzeGoalInScenario(text, locale, scenario);
        expect([a.specific, a.measurable, a.achievable, a.relevant, a.timeBound], `${scenario.id}/${type}/${period}: ${text}`).toEqual(['met', 'met', 'met', 'met', 'met']);
        // Judged against this company's own figure, not merely "can't tell".
        expect(a.working?.source, text).toBe('company');
        checked[period]++;
      }
  expect(checked.year).toBeGreaterThanOrEqual(15);
  expect(checked.quarter).toBe(checked.year);
  await i18n.changeLanguage('zh-CN');
});
