export type Locale = 'zh-CN' | 'en';
export type Verdict = 'met' | 'not_met' | 'unknown';
/** The five SMART criteria, in the order the course teaches them. */
export const CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** What is measured, in canonical form, so a scenario's baseline can be matched to the goal. */
export type MetricKind =
  | 'revenue'
  | 'units'
  | 'marketShare'
  | 'margin'
  | 'profit'
  | 'newCustomers'
  | 'customers'
  | 'retention'
  | 'orders'
  | 'conversion'
  | 'churn'
  | 'cost';

export type Unit = 'currency' | 'count' | 'percent';

export interface GoalContext {
  /** Last comparable period's actual of the same metric, in the goal's unit (yuan, units, or a fraction for a share/rate). Wins over `baselines`. */
  baseline?: number;
  /** Last year's actual of each metric (yuan, counts, fractions); flows are scaled to the goal's period. */
  baselines?: Partial<Record<MetricKind, number>>;
  /** Expected market growth over the period, as a fraction (0.25 = 25%). */
  marketGrowth?: number;
  /** The company's focus terms in the goal's language; aliases separated by `|` ("SME|SMB|中小企业"). */
  priorities?: string[];
  /** The company's own products, regions and segments, which count as a goal's scope; aliases separated by `|`. */
  scopes?: string[];
  /**
   * The products, regions and segments the company has a split for, each with its share of the
   * company's flows (revenue, units, new customers…): a goal naming them is compared with that part.
   */
  scopeShares?: { term: string; kind: 'product' | 'region' | 'segment'; share: number }[];
  /** Yuan per unit of another currency (USD: 7.2), when the company states a rate; without one such amounts are not compared. */
  exchangeRates?: Partial<Record<string, number>>;
}

/** How Achievable was judged, so the page can show its working. */
export interface AchievableWorking {
  /** The starting figure the change was computed from. */
  baseline: number;
  /** Where it came from: the goal's own "from X" or the company's figures. */
  source: 'goal' | 'company';
  /** When the company's figure was narrowed to the scopes the goal names: their names and their share of the company's figure. */
  scope?: { names: string[]; share: number };
  /** How `change` and `band` are measured: relative to the baseline, or in percentage points of a rate (as fractions: 0.05 = 5 points). */
  scale: 'relative' | 'points';
  unit?: Unit;
  /** The planned change as a signed fraction (0.2 = +20%, −0.1 = −10%). */
  change: number;
  /** The band of changes that counts as achievable, inclusive, as signed fractions. */
  band: { min: number; max: number };
  /** Whether a larger figure is better (revenue) or a smaller one (churn, cost). */
  direction: 'higher' | 'lower';
}

export interface GoalAnalysis {
  specific: Verdict;
  measurable: Verdict;
  achievable: Verdict;
  relevant: Verdict;
  timeBound: Verdict;
  parsed: {
    target?: number;
    unit?: Unit;
    growth?: number;
    /** The currency of an amount (ISO code), when it is not yuan. */
    currency?: string;
    /** The goal's own starting figure ("从X提高到Y", "from X to Y"), in the target's unit. */
    baseline?: number;
    deadline?: string;
    metric?: MetricKind;
    scope: string[];
    /** The period the deadline implies (a quarter, a month…), when it says. */
    period?: 'week' | 'month' | 'quarter' | 'half' | 'year' | 'days';
  };
  /** The language the text was read in. */
  language?: Locale;
  /** The baseline, change and band Achievable was judged with, when it could be judged. */
  working?: AchievableWorking;
  /** i18n keys explaining each verdict, with a hint to fix it; `values` fill the key's placeholders. */
  feedback: { criterion: Criterion; key: string; values?: Record<string, number | string | readonly string[]> }[];
}
