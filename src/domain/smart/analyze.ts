import { findTimeExpressions, type TimeExpression } from './time-expressions';
import { findQuantities, type Quantity } from './quantities';
import { isActionFrequency, isActionQuantity } from './actions';
import { METRICS } from './lexicon';
import { METRIC_UNITS } from './metrics';
import { judgeAchievable } from './achievable';
import { deadlinePassed } from './deadline-end';
import { displayTerm, findScopes, matchTerms } from './terms';
import type { Criterion, GoalAnalysis, GoalContext, Locale, MetricKind, Unit, Verdict } from './types';

export { ACHIEVABLE_STRETCH } from './achievable';
/** The most of a goal the analyzer reads, in characters: a goal is a sentence or two. */
export const GOAL_MAX = 2000;

/** A goal's length as the trainee counts it: characters (code points), so a Chinese character or an emoji counts once. */
export function goalLength(text: string): number {
  return [...text].length;
}

/** The part of a goal the analyzer reads: its first `GOAL_MAX` characters. */
function goalHead(text: string): string {
  return Array.from(text.slice(0, GOAL_MAX * 2)).slice(0, GOAL_MAX).join('');
}

function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

function findMetric(text: string, locale: Locale): MetricKind | undefined {
  for (const [pattern, kind] of METRICS[locale]) if (pattern.test(text)) return kind;
  return undefined;
}

const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en');

/** Dates in either language are dates (a goal in English may still say 2027年): the text's own language first, then the other's where nothing overlaps. */
function findTimes(text: string, lang: Locale): TimeExpression[] {
  const found = findTimeExpressions(text, lang);
  for (const t of findTimeExpressions(text, otherLocale(lang)))
    if (!found.some((f) => t.start < f.end && f.start < t.end)) found.push(t);
  return found.sort((a, b) => a.start - b.start);
}

const PERIOD_ORDER = ['days', 'week', 'month', 'quarter', 'half', 'year'] as const;

// 每周, 每个月, each week, per month, a year, weekly…: how often, not when.
const FREQUENCY = /^(?:每|each\b|every\b|per\b|a\s)|ly$/i;
const localeOf = (phrase: string): Locale => (/[\u3400-\u9fff]/.test(phrase) ? 'zh-CN' : 'en');

/** The period a goal runs for: the shortest one its time phrases name (2027年 + Q3 is a quarter of 2027). */
function periodOf(times: TimeExpression[]): GoalAnalysis['parsed']['period'] {
  const periods = times.map((t) => t.period).filter((p): p is NonNullable<typeof p> => p !== undefined);
  return PERIOD_ORDER.find((p) => periods.includes(p));
}

/**
 * The quantity that is the goal: a growth if one is stated, else the first level. Starting figures
 * never are, and a count of actions (拜访5家客户) only when nothing else is stated.
 */
function pickQuantity(quantities: Quantity[], actions: ReadonlySet<Quantity>): Quantity | undefined {
  const all = quantities.filter((q) => !q.from);
  const results = all.filter((q) => !actions.has(q));
  const candidates = results.length > 0 ? results : all;
  // A level to reach wins over an amount added to the level (增加500万元，达到2900万元).
  return candidates.find((q) => q.growth && q.unit !== 'points') ?? candidates.find((q) => !q.growth && !q.delta) ?? candidates.find((q) => !q.growth) ?? candidates[0];
}

/** A figure whose unit the text leaves open (300万, 5,000) takes the metric's: yuan for revenue, a count for units. */
function unitOf(q: Quantity, metric: MetricKind | undefined): Unit | 'points' {
  if (q.unit === 'points' || q.unit === 'percent' || q.unitStated || !metric) return q.unit;
  const wanted = METRIC_UNITS[metric];
  return wanted === 'percent' ? q.unit : wanted;
}

/**
 * The part of the company a goal is about, when it names products, regions or segments the company
 * has a split for: the shares of the named ones of each kind are added (上海 and 江苏 = 70%), and
 * kinds multiplied (上海's 40% of 医疗设备's 80%), taking the split as the same in every region.
 */
function scopeShare(text: string, shares: GoalContext['scopeShares']): { names: string[]; share: number } | undefined {
  if (!Array.isArray(shares) || shares.length === 0) return undefined;
  const valid = shares.filter((s) => s && typeof s.term === 'string' && Number.isFinite(s.share) && s.share > 0 && s.share <= 1);
  const hits = matchTerms(text, valid.map((s) => s.term));
  if (hits.length === 0) return undefined;
  const byKind = new Map<string, number>();
  for (const hit of hits) {
    const s = valid.find((v) => v.term === hit.term)!;
    byKind.set(s.kind, Math.min(1, (byKind.get(s.kind) ?? 0) + s.share));
  }
  const share = [...byKind.values()].reduce((a, b) => a * b, 1);
  return share < 1 ? { names: hits.map((h) => h.alias), share } : undefined;
}

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : []);

/**
 * Checks a goal against the five SMART criteria, in Chinese or English. Pure and synchronous;
 * never throws. The rules (also shown to trainees):
 * - Measurable: the text states a numeric target (dates, periods and a starting figure do not count),
 *   and a level stated beside a growth does not contradict it against the baseline.
 * - Time-bound: it names a deadline or period; how often an action happens (每周拜访, visits a week)
 *   is shown as its time limit only when nothing else is, and never sets the goal’s period. Given
 *   `today` (an ISO date, from the caller: the rules never read the clock), a deadline whose every
 *   dated phrase ends before it (2024年底前 written in 2026) has passed and is not met.
 * - Specific: it names what is measured and at least one scope (product, region, segment,
 *   channel, the person or team, or any of the company's priorities and `scopes`).
 * - Achievable: the change from the goal's own starting figure ("from X to Y"), else from the
 *   company's figure of the same metric and unit, lies between 0 and market growth + 30% (for
 *   churn and cost: a reduction between 0 and 30%). An amount after 增加/减少 or "by" (增加500万元,
 *   by RMB 5 million) is a change of that figure, not the level to reach.
 * - Relevant: with the company's priorities, the text names at least one of them (any alias).
 */
export function analyzeGoal(input: { text: string; locale: Locale; context?: GoalContext; today?: string }): GoalAnalysis {
  try {
    return analyze(input);
  } catch {
    // A rule that trips on some unforeseen text must not take the exercise down.
    return unknownAnalysis();
  }
}

function analyze({ text: raw, locale, context: given, today }: { text: string; locale: Locale; context?: GoalContext; today?: string }): GoalAnalysis {
  const context = given ?? {};
  const text = goalHead(String(raw ?? '')).normalize('NFKC');
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  const priorities = strings(context.priorities);
  const times = findTimes(text, lang);
  // How often an action happens (每周拜访, visiting … a week) is neither the goal's deadline nor its period.
  const results = times.filter((t) => !(FREQUENCY.test(t.phrase) && isActionFrequency(text, t.start, t.end, localeOf(t.phrase))));
  const deadlines = results.length > 0 ? results : times;
  // Each deadline once, however often the goal repeats it (“2027年底前…，2027年底前…”).
  const deadlinePhrases = [...new Map(deadlines.map((t) => [t.phrase.toLowerCase(), t.phrase])).values()];
  const masked = maskSpans(text, times);
  const quantities = findQuantities(masked, lang);
  const actions = new Set(quantities.filter((q) => isActionQuantity(text, q.start, q.end, lang)));
  const metric = findMetric(masked, lang) ?? findMetric(masked, otherLocale(lang));
  const namedPriorities = matchTerms(text, priorities);
  const scope = findScopes(text, lang, strings(context.scopes), namedPriorities);
  const chosen = pickQuantity(quantities, actions);
  // A level stated beside a growth (增长20%，达到120万元; by 20% to RMB 1.2 million) is the target too.
  const level =
    chosen && metric && (chosen.growth || chosen.unit === 'points')
      ? quantities.find((q) => q !== chosen && !q.from && !q.growth && q.unit !== 'points' && !actions.has(q) && unitOf(q, metric) === METRIC_UNITS[metric])
      : undefined;
  const start = quantities.find((q) => q.from);
  const feedback: GoalAnalysis['feedback'] = [];
  const say = (criterion: Criterion, key: string, values?: Record<string, number | string | readonly string[]>) =>
    feedback.push(values ? { criterion, key, values } : { criterion, key });

  const parsed: GoalAnalysis['parsed'] = { scope };
  // A change in percentage points (提升5个百分点) only becomes a growth rate against a baseline.
  let points: number | undefined;
  let target: { value: number; unit: Unit; currency?: string } | undefined;
  let own: { value: number; unit: Unit; currency?: string } | undefined;
  let delta: { value: number; unit: Unit; currency?: string } | undefined;
  if (metric) parsed.metric = metric;
  if (times[0]) {
    parsed.deadline = deadlinePhrases.join(' · ');
    const period = periodOf(results);
    if (period) parsed.period = period;
  }
  if (chosen) {
    const unit = unitOf(chosen, metric);
    if (unit === 'points') points = chosen.value;
    else {
      if (chosen.growth) parsed.growth = chosen.value;
      else if (chosen.delta) {
        delta = { value: chosen.value, unit };
        if (unit === 'currency' && chosen.currency && chosen.currency !== 'CNY') delta.currency = parsed.currency = chosen.currency;
      } else {
        parsed.target = chosen.value;
        target = { value: chosen.value, unit };
        if (unit === 'currency' && chosen.currency && chosen.currency !== 'CNY') target.currency = parsed.currency = chosen.currency;
      }
      parsed.unit = unit;
    }
  }
  if (level) {
    const unit = METRIC_UNITS[metric!];
    parsed.target = level.value;
    parsed.unit = unit;
    target = { value: level.value, unit };
    if (unit === 'currency' && level.currency && level.currency !== 'CNY') target.currency = parsed.currency = level.currency;
  }
  // A change in points beside the level to reach (提升2个百分点，达到10%) is checked against it.
  const pointsBeside = target && points === undefined ? quantities.find((q) => q.unit === 'points' && !q.from && !actions.has(q)) : undefined;
  if (pointsBeside) points = pointsBeside.value;
  if (start) {
    const unit = unitOf(start, metric);
    if (unit !== 'points') {
      own = { value: start.value, unit };
      if (unit === 'currency' && start.currency && start.currency !== 'CNY') own.currency = start.currency;
      parsed.baseline = start.value;
    }
  }

  // Specific
  const specific: Verdict = metric && scope.length > 0 ? 'met' : 'not_met';
  if (specific === 'met') say('specific', 'smart.feedback.specific.met', { metric: metric!, scope });
  else if (!metric && scope.length === 0) say('specific', 'smart.feedback.specific.vague');
  else if (!metric) say('specific', 'smart.feedback.specific.noMetric');
  else say('specific', 'smart.feedback.specific.noScope', { metric });

  // Achievable, judged first: a target that contradicts the stated growth is not measurable either.
  const scoped = scopeShare(text, context.scopeShares);
  const achievableSays: Parameters<typeof say>[] = [];
  const judged = judgeAchievable({ metric, period: parsed.period, target, growth: parsed.growth, points, own, ...(delta ? { delta } : {}), ...(scoped ? { scope: scoped } : {}) }, context, (key, values) =>
    achievableSays.push(['achievable', key, values]),
  );
  // The level an added amount leads to, once the starting figure is known (2,400万 + 500万 = 2,900万).
  if (delta && judged.working && !delta.currency) parsed.target = judged.working.baseline + delta.value;

  // Measurable
  const measurable: Verdict = chosen && !judged.conflict ? 'met' : 'not_met';
  if (judged.conflict) say('measurable', 'smart.feedback.measurable.targetConflict', judged.conflict);
  else if (chosen) say('measurable', 'smart.feedback.measurable.met');
  else if (times.some((t) => /\d|[一二三四五六七八九十]/.test(t.phrase))) say('measurable', 'smart.feedback.measurable.onlyDates');
  else say('measurable', 'smart.feedback.measurable.missing');

  // Time-bound
  const passed = typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) && deadlinePassed(deadlinePhrases, today);
  const timeBound: Verdict = times.length > 0 && !passed ? 'met' : 'not_met';
  if (passed) say('timeBound', 'smart.feedback.timeBound.past', { deadline: deadlinePhrases, year: Number(today.slice(0, 4)) });
  else say('timeBound', timeBound === 'met' ? 'smart.feedback.timeBound.met' : 'smart.feedback.timeBound.missing', timeBound === 'met' ? { deadline: deadlinePhrases } : undefined);
  for (const args of achievableSays) say(...args);

  // Relevant
  let relevant: Verdict = 'unknown';
  if (priorities.length === 0) say('relevant', 'smart.feedback.relevant.needsPriorities');
  else {
    const named = namedPriorities.map((m) => m.alias);
    relevant = named.length > 0 ? 'met' : 'not_met';
    say('relevant', relevant === 'met' ? 'smart.feedback.relevant.met' : 'smart.feedback.relevant.missing', {
      // A list, so the page joins it in its own language (“enterprise and East China”, “企业级和华东”).
      priorities: relevant === 'met' ? named : priorities.map(displayTerm),
    });
  }

  const analysis: GoalAnalysis = { specific, measurable, achievable: judged.verdict, relevant, timeBound, parsed, feedback, language: lang };
  if (judged.working) analysis.working = judged.working;
  return analysis;
}

function unknownAnalysis(): GoalAnalysis {
  return {
    specific: 'unknown',
    measurable: 'unknown',
    achievable: 'unknown',
    relevant: 'unknown',
    timeBound: 'unknown',
    parsed: { scope: [] },
    feedback: [],
  };
}
