import { expect, test } from 'vitest';
import { initI18n, renderHook } from '../../../tests/setup/render';
import { scenarios } from '../../content/scenarios';
import { analyzeGoalInScenario, goalTypes } from '../../domain';
import { useGoalText } from './use-goal-text';

test.each(['zh-CN', 'en'] as const)('every example rewrite meets all five criteria (%s)', async (locale) => {
  const i18n = initI18n(locale);
  await i18n.changeLanguage(locale);
  const { result } = renderHook(() => useGoalText());
  let checked = 0;
  for (const scenario of scenarios)
    for (const type of goalTypes) {
      const text = result.current.example(scenario, type);
      if (!text) continue;
      const a = analyzeGoalInScenario(text, locale, scenario);
      expect([a.specific, a.measurable, a.achievable, a.relevant, a.timeBound], `${scenario.id}/${type}: ${text}`).toEqual(['met', 'met', 'met', 'met', 'met']);
      checked++;
    }
  expect(checked).toBeGreaterThanOrEqual(15);
  await i18n.changeLanguage('zh-CN');
});
