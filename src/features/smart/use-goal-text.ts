import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { displayTerm, exampleTarget, METRIC_UNITS, type GoalAnalysis, type GoalType, type MetricKind } from '../../domain';
import type { Locale } from '../../content/locales';
import type { Scenario } from '../../content/scenario-schema';
import { useFormatters } from '../../ui/use-formatters';
import { exampleTemplate, feedbackText, metricName } from './labels';

type Unit = 'currency' | 'count' | 'percent' | undefined;
const isUnit = (u: unknown): u is Unit => u === 'currency' || u === 'count' || u === 'percent';

/** Turns analyzer output and scenario figures into text in the current language. */
export function useGoalText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;

  const intl = useMemo(
    () => ({
      points: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
      currencyName: new Intl.DisplayNames(locale, { type: 'currency' }),
      and: new Intl.ListFormat(locale, { type: 'conjunction' }),
      or: new Intl.ListFormat(locale, { type: 'disjunction' }),
    }),
    [locale],
  );

  /** An amount in yuan, or in the currency the goal named (US$2,000,000). */
  const figure = (value: number, unit: Unit, currency?: string) => {
    if (unit === 'currency' && currency && currency !== 'CNY') return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
    return unit === 'currency' ? f.amount(value) : unit === 'percent' ? f.ratio(value) : f.number(value);
  };

  /**
   * A figure the checker worked out (a baseline pro-rated to the period, a share of a region, where a
   * change leads): an amount to the whole yuan and a count to a whole number, never to the fen.
   */
  const computed = (value: number, unit: Unit) => (unit === 'currency' || unit === 'count' ? figure(Math.round(value), unit) : figure(value, unit));

  /** A change in percentage points, given as a fraction: 0.05 → "+5 pts" / "+5 个百分点". */
  const points = (fraction: number) => t('smart.working.points', { value: intl.points.format(Math.round(fraction * 1000) / 10) });

  const metricFigure = (kind: MetricKind, value: number) => figure(value, METRIC_UNITS[kind]);

  const feedback = (item: GoalAnalysis['feedback'][number]) => {
    const key = feedbackText[item.key as keyof typeof feedbackText];
    if (!key) return item.key;
    const v = item.values ?? {};
    const ratio = (n: unknown) => (typeof n === 'number' ? f.ratio(n) : '');
    const pts = (n: unknown) => (typeof n === 'number' ? points(n) : '');
    const unit = isUnit(v.unit) ? v.unit : undefined;
    // A rate's cap is a number of points; the cap of a cut is a share of the figure.
    const rate = item.key.startsWith('smart.feedback.achievable.rate');
    const words = (x: unknown) => (Array.isArray(x) ? x.map(String) : typeof x === 'string' && x ? [x] : []);
    // The priorities to choose from are alternatives ("…, cloud services, or East China"); those named are all there.
    const choices = item.key === 'smart.feedback.relevant.missing';
    return t(key, {
      metric: typeof v.metric === 'string' && v.metric in metricName ? t(metricName[v.metric as MetricKind]) : '',
      scope: intl.and.format(words(v.scope)),
      deadline: intl.and.format(words(v.deadline).map((text) => t('smart.quoted', { text }))),
      priorities: (choices ? intl.or : intl.and).format(words(v.priorities)),
      growth: ratio(v.growth),
      ceiling: ratio(v.ceiling),
      market: ratio(v.market),
      reduction: ratio(v.reduction),
      cap: rate ? pts(v.cap) : ratio(v.cap),
      points: pts(v.points),
      // A rate's baseline and target are shares; a target that contradicts its change names its unit.
      baseline: typeof v.baseline === 'number' && unit ? computed(v.baseline, unit) : ratio(v.baseline),
      target: typeof v.target === 'number' && unit ? figure(v.target, unit) : ratio(v.target),
      expected: typeof v.expected === 'number' ? computed(v.expected, unit) : '',
      change: typeof v.growth === 'number' ? ratio(v.growth) : pts(v.points),
      currency: typeof v.currency === 'string' ? intl.currencyName.of(v.currency) : '',
      currencyCode: typeof v.currency === 'string' ? v.currency : '',
      stated: typeof v.stated === 'number' ? figure(v.stated, unit) : '',
      company: typeof v.company === 'number' ? computed(v.company, unit) : '',
      year: typeof v.year === 'number' ? f.plain(v.year) : '',
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
      deadline: t(period === 'year' ? 'smart.example.deadline' : 'smart.example.quarterDeadline', { year: f.plain(scenario.year) }),
      region: scenario.regions[0]!.name[locale],
      product: scenario.products[0]!.name[locale],
      target: metricFigure(type, target),
      // Plural forms of the counted goals ("1 new customer", "2 new customers").
      count: METRIC_UNITS[type] === 'count' ? target : undefined,
    });
  };

  /** The company's priorities as shown: the first alias of each. */
  const priorities = (scenario: Scenario) => intl.and.format(scenario.priorities[locale].map(displayTerm));

  return { figure, computed, points, metricFigure, feedback, example, priorities, locale };
}
