import type { Criterion, GoalType, MetricKind, Verdict } from '../../domain';

// Closed maps from domain values to translation keys: no key is ever built from fragments.
export const criterionLabel = {
  specific: 'smart.criteria.specific',
  measurable: 'smart.criteria.measurable',
  achievable: 'smart.criteria.achievable',
  relevant: 'smart.criteria.relevant',
  timeBound: 'smart.criteria.timeBound',
} as const satisfies Record<Criterion, string>;

export const verdictLabel = {
  met: 'smart.verdicts.met',
  not_met: 'smart.verdicts.not_met',
  unknown: 'smart.verdicts.unknown',
} as const satisfies Record<Verdict, string>;

export const metricLabel = {
  revenue: 'smart.metrics.revenue',
  units: 'smart.metrics.units',
  marketShare: 'smart.metrics.marketShare',
  margin: 'smart.metrics.margin',
  profit: 'smart.metrics.profit',
  newCustomers: 'smart.metrics.newCustomers',
  customers: 'smart.metrics.customers',
  retention: 'smart.metrics.retention',
  orders: 'smart.metrics.orders',
  conversion: 'smart.metrics.conversion',
  churn: 'smart.metrics.churn',
  cost: 'smart.metrics.cost',
} as const satisfies Record<MetricKind, string>;

/** A metric's name inside a sentence ("names the metric (revenue)"), where the label's capital would read wrong. */
export const metricName = {
  revenue: 'smart.metricNames.revenue',
  units: 'smart.metricNames.units',
  marketShare: 'smart.metricNames.marketShare',
  margin: 'smart.metricNames.margin',
  profit: 'smart.metricNames.profit',
  newCustomers: 'smart.metricNames.newCustomers',
  customers: 'smart.metricNames.customers',
  retention: 'smart.metricNames.retention',
  orders: 'smart.metricNames.orders',
  conversion: 'smart.metricNames.conversion',
  churn: 'smart.metricNames.churn',
  cost: 'smart.metricNames.cost',
} as const satisfies Record<MetricKind, string>;

export const goalTypeLabel = {
  revenue: 'smart.types.revenue',
  units: 'smart.types.units',
  marketShare: 'smart.types.marketShare',
  margin: 'smart.types.margin',
  newCustomers: 'smart.types.newCustomers',
  retention: 'smart.types.retention',
} as const satisfies Record<GoalType, string>;

export const goalTypePrompt = {
  revenue: 'smart.prompts.revenue',
  units: 'smart.prompts.units',
  marketShare: 'smart.prompts.marketShare',
  margin: 'smart.prompts.margin',
  newCustomers: 'smart.prompts.newCustomers',
  retention: 'smart.prompts.retention',
} as const satisfies Record<GoalType, string>;

export const exampleTemplate = {
  revenue: 'smart.example.revenue',
  units: 'smart.example.units',
  marketShare: 'smart.example.marketShare',
  margin: 'smart.example.margin',
  newCustomers: 'smart.example.newCustomers',
  retention: 'smart.example.retention',
} as const satisfies Record<GoalType, string>;

/** Every reason the analyzer can give, mapped to its text. */
export const feedbackText = {
  'smart.feedback.specific.met': 'smart.feedback.specific.met',
  'smart.feedback.specific.vague': 'smart.feedback.specific.vague',
  'smart.feedback.specific.noMetric': 'smart.feedback.specific.noMetric',
  'smart.feedback.specific.noScope': 'smart.feedback.specific.noScope',
  'smart.feedback.measurable.met': 'smart.feedback.measurable.met',
  'smart.feedback.measurable.missing': 'smart.feedback.measurable.missing',
  'smart.feedback.measurable.onlyDates': 'smart.feedback.measurable.onlyDates',
  'smart.feedback.measurable.targetConflict': 'smart.feedback.measurable.targetConflict',
  'smart.feedback.timeBound.met': 'smart.feedback.timeBound.met',
  'smart.feedback.timeBound.missing': 'smart.feedback.timeBound.missing',
  'smart.feedback.timeBound.past': 'smart.feedback.timeBound.past',
  'smart.feedback.achievable.met': 'smart.feedback.achievable.met',
  'smart.feedback.achievable.tooHigh': 'smart.feedback.achievable.tooHigh',
  'smart.feedback.achievable.negative': 'smart.feedback.achievable.negative',
  'smart.feedback.achievable.needsBaseline': 'smart.feedback.achievable.needsBaseline',
  'smart.feedback.achievable.needsTarget': 'smart.feedback.achievable.needsTarget',
  'smart.feedback.achievable.reductionMet': 'smart.feedback.achievable.reductionMet',
  'smart.feedback.achievable.reductionTooHigh': 'smart.feedback.achievable.reductionTooHigh',
  'smart.feedback.achievable.worsens': 'smart.feedback.achievable.worsens',
  'smart.feedback.achievable.unitMismatch': 'smart.feedback.achievable.unitMismatch',
  'smart.feedback.achievable.baselineDiffers': 'smart.feedback.achievable.baselineDiffers',
  'smart.feedback.achievable.rateMet': 'smart.feedback.achievable.rateMet',
  'smart.feedback.achievable.rateTooHigh': 'smart.feedback.achievable.rateTooHigh',
  'smart.feedback.achievable.rateBelow': 'smart.feedback.achievable.rateBelow',
  'smart.feedback.achievable.otherCurrency': 'smart.feedback.achievable.otherCurrency',
  'smart.feedback.achievable.pointsNeedRate': 'smart.feedback.achievable.pointsNeedRate',
  'smart.feedback.achievable.targetConflict': 'smart.feedback.achievable.targetConflict',
  'smart.feedback.relevant.met': 'smart.feedback.relevant.met',
  'smart.feedback.relevant.missing': 'smart.feedback.relevant.missing',
  'smart.feedback.relevant.needsPriorities': 'smart.feedback.relevant.needsPriorities',
} as const;
