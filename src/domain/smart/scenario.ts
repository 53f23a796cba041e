import { analyzeGoal } from './analyze';
import { achievableBand } from './achievable';
import { isFlowMetric, METRIC_UNITS, scaleToPeriod } from './metrics';
import { textLanguage } from './text-language';
import type { GoalAnalysis, GoalContext, Locale, MetricKind } from './types';

type Named = { name: Record<Locale, string>; aliases?: Partial<Record<Locale, string>>; weight?: number };

/** A virtual company (content/scenarios), as the SMART exercise needs it. */
export interface GoalScenario {
  id: string;
  year: number;
  /** Expected market growth for the year, as a fraction. */
  marketGrowth: number;
  /** Focus terms per language; aliases separated by `|`. */
  priorities: Record<Locale, string[]>;
  /** Last year's actuals: amounts in yuan, counts, or fractions for shares and rates. */
  metrics: Partial<Record<MetricKind, number>>;
  /** The company's products, regions and segments: each counts as a goal's scope. */
  products?: readonly Named[];
  regions?: readonly Named[];
  segments?: readonly Named[];
}

/**
 * The baseline to judge a goal against: last year's figure for the goal's metric, for the same
 * length of period (a quarterly revenue goal is compared with a quarter of last year's revenue).
 */
export function baselineFor(scenario: GoalScenario, metric: MetricKind | undefined, period: GoalAnalysis['parsed']['period']): number | undefined {
  if (!metric) return undefined;
  const annual = scenario.metrics[metric];
  return annual === undefined ? undefined : scaleToPeriod(annual, metric, period);
}

/** A named thing's words in one language: its name and its `|`-separated aliases, as one alias list. */
function termOf(item: Named, locale: Locale): string {
  const aliases = item.aliases?.[locale];
  return aliases ? `${item.name[locale]}|${aliases}` : item.name[locale];
}

const other = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');

/**
 * The company's priorities with the other language's words as further aliases, so a goal that
 * mixes languages still names them; `locale`'s words come first, so they are the ones shown.
 * Lists that do not pair up one to one are left in `locale` alone.
 */
function bilingualPriorities(scenario: GoalScenario, locale: Locale): string[] {
  const own = scenario.priorities[locale];
  const theirs = scenario.priorities[other(locale)];
  return theirs && theirs.length === own.length ? own.map((p, i) => `${p}|${theirs[i]}`) : own;
}

/** Each product's, region's or segment's share of the company's sales, from their weights; none when the weights do not add up to a split. */
function sharesOf(items: readonly Named[] | undefined, kind: 'product' | 'region' | 'segment', locale: Locale): NonNullable<GoalContext['scopeShares']> {
  if (!items || items.length < 2 || !items.every((i) => typeof i.weight === 'number' && i.weight > 0)) return [];
  const total = items.reduce((sum, i) => sum + i.weight!, 0);
  return items.map((i) => ({ term: `${termOf(i, locale)}|${termOf(i, other(locale))}`, kind, share: i.weight! / total }));
}

/** What the analyzer needs to know about a company: its priorities, scopes, market growth and last year's figures, with `locale`'s words shown first. */
export function scenarioContext(scenario: GoalScenario, locale: Locale): GoalContext {
  const named = [...(scenario.products ?? []), ...(scenario.regions ?? []), ...(scenario.segments ?? [])];
  return {
    marketGrowth: scenario.marketGrowth,
    priorities: bilingualPriorities(scenario, locale),
    scopes: named.map((n) => `${termOf(n, locale)}|${termOf(n, other(locale))}`),
    scopeShares: [...sharesOf(scenario.products, 'product', locale), ...sharesOf(scenario.regions, 'region', locale), ...sharesOf(scenario.segments, 'segment', locale)],
    baselines: scenario.metrics,
  };
}

/**
 * The day a goal for a scenario is written on (YYYY-MM-DD): the first day of the year it plans.
 * A company's plan for 2027 is judged as if written as 2027 begins, whatever the calendar says
 * when the course is taken: a deadline before that year has passed, one inside it has not, and
 * a scenario keeps judging the same way for as long as the course runs it.
 */
export const planningDay = (year: number) => `${String(year).padStart(4, '0')}-01-01`;

/**
 * Analyzes a goal within a scenario: its priorities, products, regions and market growth, and last
 * year's figures. The goal is read in the language it is written in (`textLanguage`), whatever
 * the page's; `pageLocale` only decides text that is neither clearly Chinese nor English.
 * Time-bound tells a deadline that has passed by the scenario's own calendar (`planningDay`).
 */
export function analyzeGoalInScenario(text: string, pageLocale: Locale, scenario: GoalScenario): GoalAnalysis {
  const locale = textLanguage(text, pageLocale);
  return analyzeGoal({ text, locale, context: scenarioContext(scenario, locale), today: planningDay(scenario.year) });
}

export type GoalType = 'revenue' | 'units' | 'marketShare' | 'margin' | 'newCustomers' | 'retention';
export const goalTypes: GoalType[] = ['revenue', 'units', 'marketShare', 'margin', 'newCustomers', 'retention'];

/** The first item's share of a split by weight (the example rewrite names the first product and region), or 1 without a split. */
function firstShare(items: readonly Named[] | undefined): number {
  if (!items || items.length < 2 || !items.every((i) => typeof i.weight === 'number' && i.weight > 0)) return 1;
  return items[0]!.weight! / items.reduce((sum, i) => sum + i.weight!, 0);
}

/**
 * The figures of an example SMART goal for a scenario, naming its first product and region: last
 * year's figure of that part of the company for the period, moved to the middle of the band the
 * analyzer counts as achievable (ambitious, still achievable), rounded to a figure people write
 * and kept inside the band.
 */
export function exampleTarget(scenario: GoalScenario, type: GoalType, period: 'year' | 'quarter' = 'year'): number | undefined {
  const whole = baselineFor(scenario, type, period);
  if (whole === undefined) return undefined;
  const base = isFlowMetric(type) ? whole * firstShare(scenario.products) * firstShare(scenario.regions) : whole;
  const band = achievableBand(type, base, scenario.marketGrowth);
  const reach = (value: number) => (band.scale === 'points' ? value - base : value / base - 1);
  const inside = (value: number) => reach(value) >= band.min - 1e-9 && reach(value) <= band.max + 1e-9;
  const middle = band.scale === 'points' ? base + (band.min + band.max) / 2 : base * (1 + (band.min + band.max) / 2);
  const step = METRIC_UNITS[type] === 'percent' ? 0.01 : middle >= 1e6 ? 1e5 : middle >= 1e4 ? 1e3 : middle >= 100 ? 10 : 1;
  const candidates = [Math.round(middle / step) * step, Math.floor(middle / step) * step, Math.ceil(middle / step) * step].map((v) => Math.round(v * 1e6) / 1e6);
  return candidates.find((v) => v > 0 && inside(v));
}
