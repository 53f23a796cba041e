import { inSeatOrder, seatOrder } from './seat-order';
import { displayTerm, type MetricKind } from '../smart';
import type { LiveQuestion, LiveScenario, PhoneLocale } from './session';

type Text = Record<string, string>;
type Option = { id: string; text: Text };

/** The figures a goal call is judged against, for phones and the screen to show: market growth, last year's actuals, the priorities per language. */
export interface ScenarioFacts {
  marketGrowth?: number;
  lastYear: Partial<Record<MetricKind, number>>;
  priorities: Partial<Record<PhoneLocale, string[]>>;
}

function scenarioFacts(context: LiveScenario['context']): ScenarioFacts {
  const any = context['zh-CN'] ?? context.en ?? {};
  const priorities: ScenarioFacts['priorities'] = {};
  for (const l of ['zh-CN', 'en'] as const) if (context[l]?.priorities?.length) priorities[l] = context[l]!.priorities!.map(displayTerm);
  return { ...(any.marketGrowth !== undefined ? { marketGrowth: any.marketGrowth } : {}), lastYear: { ...any.baselines }, priorities };
}

/** What a question looks like on a phone or the audience screen: never the answer key before the reveal. */
export type PublicQuestion =
  | { id: string; kind: 'poll'; prompt: Text; options: Option[] }
  | { id: string; kind: 'quiz'; prompt: Text; options: Option[]; multiple: boolean; seconds: number; pushedAt: number }
  | { id: string; kind: 'smart'; prompt: Text; scenario?: { name: Text; summary: Text; year: number; facts?: ScenarioFacts } }
  | { id: string; kind: 'objection'; prompt: Text }
  | { id: string; kind: 'open'; prompt: Text }
  | { id: string; kind: 'rating'; prompt: Text; max: number; low: Text; high: Text }
  | { id: string; kind: 'qa'; prompt: Text };

/** A question as shown, per order of its options: a hall of 1,000 phones sees at most 24 orders of four options, and a poll one. */
const shown = new WeakMap<LiveQuestion, Map<string, PublicQuestion>>();

/**
 * The question as shown; for a quiz on a phone, its options in that seat's order. Every seat
 * that sees the same order gets the same object (so a broadcast can serialize it once): read-only.
 */
export function publicQuestion(q: LiveQuestion, pid?: string): PublicQuestion {
  const order = q.kind === 'quiz' && pid ? seatOrder(q.id, pid, q.options.map((o) => o.id)) : [];
  const key = order.join('\u0000');
  let byOrder = shown.get(q);
  if (!byOrder) shown.set(q, (byOrder = new Map()));
  let view = byOrder.get(key);
  if (!view) byOrder.set(key, (view = questionAsShown(q, order)));
  return view;
}

function questionAsShown(q: LiveQuestion, order: readonly string[]): PublicQuestion {
  if (q.kind === 'quiz') {
    const options = order.length ? inSeatOrder(q.options, order) : q.options;
    return { id: q.id, kind: 'quiz', prompt: q.prompt, options, multiple: q.multiple, seconds: q.seconds, pushedAt: q.pushedAt };
  }
  if (q.kind === 'poll') return { id: q.id, kind: 'poll', prompt: q.prompt, options: q.options };
  if (q.kind === 'rating') return { id: q.id, kind: 'rating', prompt: q.prompt, max: q.max, low: q.low, high: q.high };
  if (q.kind === 'smart')
    return { id: q.id, kind: 'smart', prompt: q.prompt, ...(q.scenario ? { scenario: { name: q.scenario.name, summary: q.scenario.summary, year: q.scenario.year, facts: scenarioFacts(q.scenario.context) } } : {}) };
  return { id: q.id, kind: q.kind, prompt: q.prompt };
}
