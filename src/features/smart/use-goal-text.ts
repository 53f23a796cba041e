import { useTranslation } from 'react-i18next';
import { displayTerm, exampleTarget, METRIC_UNITS, type GoalAnalysis, type GoalType, type MetricKind } from '../../domain';
import type { Locale } from '../../content/locales';
import type { Scenario } from '../../content/scenario-schema';
import { useFormatters } from '../../ui/use-formatters';
import { exampleTemplate, feedbackText, metricLabel } from './labels';

type Unit = 'currency' | 'count' | 'percent' | undefined;
const isUnit = (u: unknown): u is Unit => u === 'currency' || u === 'count' || u === 'percent';

/** Turns analyzer output and scenario figures into text in the current language. */
export function useGoalText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;

  const figure = (value: number, unit: Unit) => (unit === 'currency' ? f.amount(value) : unit === 'percent' ? f.ratio(value) : f.number(value));

  const metricFigure = (kind: MetricKind, value: number) => figure(value, METRIC_UNITS[kind]);

  const feedback = (item: GoalAnalysis['feedback'][number]) => {
    const key = feedbackText[item.key as keyof typeof feedbackText];
    if (!key) return item.key;
    const v = item.values ?? {};
    const ratio = (n: unknown) => (typeof n === 'number' ? f.ratio(n) : '');
    const unit = isUnit(v.unit) ? v.unit : undefined;
    return t(key, {
      metric: typeof v.metric === 'string' && v.metric in metricLabel ? t(metricLabel[v.metric as MetricKind]) : '',
      scope: String(v.scope ?? ''),
      deadline: String(v.deadline ?? ''),
      priorities: String(v.priorities ?? ''),
      growth: ratio(v.growth),
      ceiling: ratio(v.ceiling),
      market: ratio(v.market),
      reduction: ratio(v.reduction),
      cap: ratio(v.cap),
      stated: typeof v.stated === 'number' ? figure(v.stated, unit) : '',
      company: typeof v.company === 'number' ? figure(v.company, unit) : '',
    });
  };

  /**
   * A model goal for the scenario that meets all five criteria, or undefined without data: for the
   * year (the example rewrite) or for a quarter (the prompt in the empty goal box).
   */
  const example = (scenario: Scenario, type: GoalType, period: 'year' | 'quarter' = 'year') => {
    const target = exampleTarget(scenario, type, period);
    if (target === undefined) return undefined;
    return t(exampleTemplate[type], {
      deadline: t(period === 'year' ? 'smart.example.deadline' : 'smart.example.quarterDeadline', { year: scenario.year }),
      region: scenario.regions[0]!.name[locale],
      product: scenario.products[0]!.name[locale],
      target: metricFigure(type, target),
    });
  };

  /** The company's priorities as shown: the first alias of each. */
  const priorities = (scenario: Scenario) => scenario.priorities[locale].map(displayTerm).join(locale === 'zh-CN' ? '、' : ', ');

  return { figure, metricFigure, feedback, example, priorities, locale };
}
