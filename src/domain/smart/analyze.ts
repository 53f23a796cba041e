import { findTimeExpressions } from './time-expressions';
import { findQuantities, type Quantity } from './quantities';
import { METRICS, SCOPES } from './lexicon';
import type { Criterion, GoalAnalysis, GoalContext, Locale, MetricKind, Verdict } from './types';

/** The band above market growth that still counts as achievable (the deck's case D sits far beyond it). */
export const ACHIEVABLE_STRETCH = 0.3;
const MAX_TEXT = 2000;

function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

function findMetric(text: string, locale: Locale): MetricKind | undefined {
  for (const [pattern, kind] of METRICS[locale]) if (pattern.test(text)) return kind;
  return undefined;
}

function findScopes(text: string, locale: Locale, priorities: readonly string[]): string[] {
  const scopes = new Set<string>();
  const pattern = SCOPES[locale];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) scopes.add(m[0].trim());
  for (const p of matchedPriorities(text, locale, priorities)) scopes.add(p);
  // 华东 inside 华东地区 says nothing new.
  const list = [...scopes];
  return list.filter((s) => !list.some((other) => other !== s && other.toLowerCase().includes(s.toLowerCase())));
}

function matchedPriorities(text: string, locale: Locale, priorities: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return priorities.filter((p) => {
    const term = p.trim();
    if (!term) return false;
    if (locale === 'zh-CN') return text.includes(term) || lower.includes(term.toLowerCase());
    const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`).test(lower);
  });
}

/** The quantity that is the goal: a growth if one is stated, else the first level. */
function pickQuantity(quantities: Quantity[]): Quantity | undefined {
  return quantities.find((q) => q.growth && q.unit !== 'points') ?? quantities.find((q) => !q.growth) ?? quantities[0];
}

/**
 * Checks a goal against the five SMART criteria, in Chinese or English. Pure and synchronous;
 * never throws. The rules (also shown to trainees):
 * - Measurable: the text states a numeric target (dates and periods do not count).
 * - Time-bound: it names a deadline or period.
 * - Specific: it names what is measured and at least one scope (product, region, segment,
 *   channel, or the person or team).
 * - Achievable: with a baseline, the implied growth lies between 0 and market growth + 30%.
 * - Relevant: with the company's priorities, the text names at least one of them.
 */
export function analyzeGoal(input: { text: string; locale: Locale; context?: GoalContext }): GoalAnalysis {
  try {
    return analyze(input);
  } catch {
    // A rule that trips on some unforeseen text must not take the exercise down.
    return unknownAnalysis();
  }
}

function analyze({ text: raw, locale, context = {} }: { text: string; locale: Locale; context?: GoalContext }): GoalAnalysis {
  const text = String(raw ?? '').slice(0, MAX_TEXT).normalize('NFKC');
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  const priorities = (context.priorities ?? []).filter((p) => typeof p === 'string');
  const times = findTimeExpressions(text, lang);
  const masked = maskSpans(text, times);
  const quantities = findQuantities(masked, lang);
  const metric = findMetric(masked, lang);
  const scope = findScopes(text, lang, priorities);
  const chosen = pickQuantity(quantities);
  const feedback: GoalAnalysis['feedback'] = [];
  const say = (criterion: Criterion, key: string, values?: Record<string, number | string>) =>
    feedback.push(values ? { criterion, key, values } : { criterion, key });

  const parsed: GoalAnalysis['parsed'] = { scope };
  // A change in percentage points (提升5个百分点) only becomes a growth rate against a baseline.
  let points: number | undefined;
  if (metric) parsed.metric = metric;
  if (times[0]) {
    parsed.deadline = times.map((t) => t.phrase).join(' · ');
    const period = times.find((t) => t.period)?.period;
    if (period) parsed.period = period;
  }
  if (chosen) {
    const unit = chosen.unit === 'count' && (metric === 'revenue' || metric === 'profit') && !/[台套件个家位名]|units|customers|clients|accounts|deals|orders/i.test(chosen.raw) ? 'currency' : chosen.unit;
    if (unit === 'points') points = chosen.value;
    else if (chosen.growth) parsed.growth = chosen.value;
    else parsed.target = chosen.value;
    if (unit !== 'points') parsed.unit = unit;
  }

  // Specific
  const specific: Verdict = metric && scope.length > 0 ? 'met' : 'not_met';
  if (specific === 'met') say('specific', 'smart.feedback.specific.met', { metric: metric!, scope: scope.join('、') });
  else if (!metric && scope.length === 0) say('specific', 'smart.feedback.specific.vague');
  else if (!metric) say('specific', 'smart.feedback.specific.noMetric');
  else say('specific', 'smart.feedback.specific.noScope', { metric });

  // Measurable
  const measurable: Verdict = chosen ? 'met' : 'not_met';
  if (chosen) say('measurable', 'smart.feedback.measurable.met');
  else if (times.some((t) => /\d|[一二三四五六七八九十]/.test(t.phrase))) say('measurable', 'smart.feedback.measurable.onlyDates');
  else say('measurable', 'smart.feedback.measurable.missing');

  // Time-bound
  const timeBound: Verdict = times.length > 0 ? 'met' : 'not_met';
  say('timeBound', timeBound === 'met' ? 'smart.feedback.timeBound.met' : 'smart.feedback.timeBound.missing', timeBound === 'met' ? { deadline: parsed.deadline! } : undefined);

  // Achievable
  const baseline = context.baseline;
  const market = Number.isFinite(context.marketGrowth) ? context.marketGrowth! : 0;
  const ceiling = market + ACHIEVABLE_STRETCH;
  let achievable: Verdict = 'unknown';
  if (baseline === undefined || !Number.isFinite(baseline) || baseline <= 0) say('achievable', 'smart.feedback.achievable.needsBaseline');
  else if (parsed.growth === undefined && parsed.target === undefined && points === undefined) say('achievable', 'smart.feedback.achievable.needsTarget');
  else {
    const growth = parsed.growth ?? (parsed.target !== undefined ? parsed.target / baseline - 1 : points! / baseline);
    if (!Number.isFinite(growth)) say('achievable', 'smart.feedback.achievable.needsTarget');
    else if (growth < 0) {
      achievable = 'not_met';
      say('achievable', 'smart.feedback.achievable.negative', { growth });
    } else if (growth > ceiling + 1e-9) {
      achievable = 'not_met';
      say('achievable', 'smart.feedback.achievable.tooHigh', { growth, ceiling, market });
    } else {
      achievable = 'met';
      say('achievable', 'smart.feedback.achievable.met', { growth, ceiling });
    }
  }

  // Relevant
  let relevant: Verdict = 'unknown';
  if (priorities.length === 0) say('relevant', 'smart.feedback.relevant.needsPriorities');
  else {
    const named = matchedPriorities(text, lang, priorities);
    relevant = named.length > 0 ? 'met' : 'not_met';
    say('relevant', relevant === 'met' ? 'smart.feedback.relevant.met' : 'smart.feedback.relevant.missing', {
      priorities: (relevant === 'met' ? named : priorities).join(lang === 'zh-CN' ? '、' : ', '),
    });
  }

  return { specific, measurable, achievable, relevant, timeBound, parsed, feedback };
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
