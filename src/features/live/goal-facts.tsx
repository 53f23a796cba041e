import { useTranslation } from 'react-i18next';
import { METRIC_UNITS, type GoalReason, type MetricKind, type PhoneLocale, type ScenarioFacts } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

// Closed maps from domain values to translation keys: no key is ever built from fragments.
const metricKey = {
  revenue: 'live.goalFacts.metrics.revenue',
  units: 'live.goalFacts.metrics.units',
  marketShare: 'live.goalFacts.metrics.marketShare',
  margin: 'live.goalFacts.metrics.margin',
  profit: 'live.goalFacts.metrics.profit',
  newCustomers: 'live.goalFacts.metrics.newCustomers',
  customers: 'live.goalFacts.metrics.customers',
  retention: 'live.goalFacts.metrics.retention',
  orders: 'live.goalFacts.metrics.orders',
  conversion: 'live.goalFacts.metrics.conversion',
  churn: 'live.goalFacts.metrics.churn',
  cost: 'live.goalFacts.metrics.cost',
} as const satisfies Record<MetricKind, string>;

// The analyzer's reasons a criterion is not met, as the SMART exercise words them.
const whyKey: Record<string, WhyKey> = {
  'smart.feedback.specific.vague': 'live.why.specific.vague',
  'smart.feedback.specific.noMetric': 'live.why.specific.noMetric',
  'smart.feedback.specific.noScope': 'live.why.specific.noScope',
  'smart.feedback.measurable.missing': 'live.why.measurable.missing',
  'smart.feedback.measurable.onlyDates': 'live.why.measurable.onlyDates',
  'smart.feedback.measurable.targetConflict': 'live.why.measurable.targetConflict',
  'smart.feedback.timeBound.missing': 'live.why.timeBound.missing',
  'smart.feedback.timeBound.past': 'live.why.timeBound.past',
  'smart.feedback.achievable.tooHigh': 'live.why.achievable.tooHigh',
  'smart.feedback.achievable.negative': 'live.why.achievable.negative',
  'smart.feedback.achievable.needsBaseline': 'live.why.achievable.needsBaseline',
  'smart.feedback.achievable.needsTarget': 'live.why.achievable.needsTarget',
  'smart.feedback.achievable.reductionTooHigh': 'live.why.achievable.reductionTooHigh',
  'smart.feedback.achievable.worsens': 'live.why.achievable.worsens',
  'smart.feedback.achievable.unitMismatch': 'live.why.achievable.unitMismatch',
  'smart.feedback.achievable.targetConflict': 'live.why.achievable.targetConflict',
  'smart.feedback.relevant.missing': 'live.why.relevant.missing',
  'smart.feedback.relevant.needsPriorities': 'live.why.relevant.needsPriorities',
};
type WhyKey =
  | 'live.why.specific.vague'
  | 'live.why.specific.noMetric'
  | 'live.why.specific.noScope'
  | 'live.why.measurable.missing'
  | 'live.why.measurable.onlyDates'
  | 'live.why.measurable.targetConflict'
  | 'live.why.timeBound.missing'
  | 'live.why.timeBound.past'
  | 'live.why.achievable.tooHigh'
  | 'live.why.achievable.negative'
  | 'live.why.achievable.needsBaseline'
  | 'live.why.achievable.needsTarget'
  | 'live.why.achievable.reductionTooHigh'
  | 'live.why.achievable.worsens'
  | 'live.why.achievable.unitMismatch'
  | 'live.why.achievable.targetConflict'
  | 'live.why.relevant.missing'
  | 'live.why.relevant.needsPriorities';

const isMetric = (k: string): k is MetricKind => k in metricKey;

/** The figures a goal call is judged against, in the reader's language: market growth, the company's priorities, last year's actuals. */
export function GoalFacts({ facts }: { facts?: ScenarioFacts }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  if (!facts) return null;
  const locale = i18n.language as PhoneLocale;
  const figure = (kind: MetricKind, v: number) => (METRIC_UNITS[kind] === 'currency' ? f.amount(v) : METRIC_UNITS[kind] === 'percent' ? f.ratio(v) : f.number(v));
  const lastYear = Object.entries(facts.lastYear).flatMap(([k, v]) => (isMetric(k) && typeof v === 'number' ? [`${t(metricKey[k])} ${figure(k, v)}`] : []));
  const priorities = facts.priorities[locale] ?? Object.values(facts.priorities)[0] ?? [];
  return (
    <ul className="live-question__facts" aria-label={t('live.goalFacts.title')}>
      {lastYear.length > 0 && <li>{t('live.goalFacts.lastYear', { list: lastYear.join(' · ') })}</li>}
      {facts.marketGrowth !== undefined && <li>{t('live.goalFacts.marketGrowth', { value: f.ratio(facts.marketGrowth) })}</li>}
      {priorities.length > 0 && <li>{t('live.goalFacts.priorities', { list: allOf(i18n.language, priorities) })}</li>}
    </ul>
  );
}

/** The company's priorities, all of them: "A, B, and C" / "A、B和C" in the phone's language. */
const allOf = (language: string, list: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(list);

/** The priorities a goal could name, joined with "or" in the phone's language. */
const anyOf = (language: string, list: unknown) =>
  Array.isArray(list) ? new Intl.ListFormat(language, { type: 'disjunction' }).format(list) : String(list ?? '');

/** Why a SMART criterion is not met, in this phone's language (nothing for a reason it does not know). */
export function GoalReasonText({ reason }: { reason?: GoalReason }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const key = reason ? whyKey[reason.key] : undefined;
  if (!reason || !key) return null;
  const v = reason.values ?? {};
  const ratio = (n: unknown) => (typeof n === 'number' ? f.ratio(n) : '');
  const metric = typeof v.metric === 'string' && isMetric(v.metric) ? t(metricKey[v.metric]) : '';
  return (
    <span className="live-verdicts__why">
      {' '}
      {t(key, { metric, growth: ratio(v.growth), ceiling: ratio(v.ceiling), market: ratio(v.market), reduction: ratio(v.reduction), cap: ratio(v.cap), priorities: anyOf(i18n.language, v.priorities), year: typeof v.year === 'number' ? f.plain(v.year) : '' })}
    </span>
  );
}
