import { useTranslation } from 'react-i18next';
import { exampleTarget, METRIC_UNITS, type GoalAnalysis, type GoalType, type MetricKind } from '../../domain';
import type { Locale } from '../../content/locales';
import type { Scenario } from '../../content/scenario-schema';
import { useFormatters } from '../../ui/use-formatters';
import { exampleTemplate, feedbackText, metricLabel } from './labels';

/** Turns analyzer output and scenario figures into text in the current language. */
export function useGoalText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;

  const figure = (value: number, unit: 'currency' | 'count' | 'percent' | undefined) =>
    unit === 'currency' ? f.amount(value) : unit === 'percent' ? f.ratio(value) : f.number(value);

  const metricFigure = (kind: MetricKind, value: number) => figure(value, METRIC_UNITS[kind]);

  const feedback = (item: GoalAnalysis['feedback'][number]) => {
    const key = feedbackText[item.key as keyof typeof feedbackText];
    if (!key) return item.key;
    const v = item.values ?? {};
    return t(key, {
      metric: typeof v.metric === 'string' && v.metric in metricLabel ? t(metricLabel[v.metric as MetricKind]) : '',
      scope: String(v.scope ?? ''),
      deadline: String(v.deadline ?? ''),
      priorities: String(v.priorities ?? ''),
      growth: typeof v.growth === 'number' ? f.ratio(v.growth) : '',
      ceiling: typeof v.ceiling === 'number' ? f.ratio(v.ceiling) : '',
      market: typeof v.market === 'number' ? f.ratio(v.market) : '',
    });
  };

  /** An example goal for the scenario that meets all five criteria, or undefined without data. */
  const example = (scenario: Scenario, type: GoalType) => {
    const target = exampleTarget(scenario, type);
    if (target === undefined) return undefined;
    return t(exampleTemplate[type], {
      deadline: t('smart.example.deadline', { year: scenario.year }),
      region: scenario.regions[0]!.name[locale],
      product: scenario.products[0]!.name[locale],
      target: metricFigure(type, target),
    });
  };

  return { figure, metricFigure, feedback, example, locale };
}
