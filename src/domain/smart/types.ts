export type Locale = 'zh-CN' | 'en';
export type Verdict = 'met' | 'not_met' | 'unknown';
/** The five SMART criteria, in the order the course teaches them. */
export const CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** What is measured, in canonical form, so a scenario's baseline can be matched to the goal. */
export type MetricKind = 'revenue' | 'units' | 'marketShare' | 'margin' | 'profit' | 'newCustomers' | 'customers' | 'retention' | 'orders' | 'conversion';

export interface GoalContext {
  /** Last comparable period's actual of the same metric, in the goal's unit (yuan, units, or a fraction for a share/rate). */
  baseline?: number;
  /** Expected market growth over the period, as a fraction (0.25 = 25%). */
  marketGrowth?: number;
  /** The company's focus terms (products, regions, segments) in the goal's language. */
  priorities?: string[];
}

export interface GoalAnalysis {
  specific: Verdict;
  measurable: Verdict;
  achievable: Verdict;
  relevant: Verdict;
  timeBound: Verdict;
  parsed: {
    target?: number;
    unit?: 'currency' | 'count' | 'percent';
    growth?: number;
    deadline?: string;
    metric?: MetricKind;
    scope: string[];
    /** The period the deadline implies (a quarter, a month…), when it says. */
    period?: 'week' | 'month' | 'quarter' | 'half' | 'year' | 'days';
  };
  /** i18n keys explaining each verdict, with a hint to fix it; `values` fill the key's placeholders. */
  feedback: { criterion: Criterion; key: string; values?: Record<string, number | string> }[];
}
