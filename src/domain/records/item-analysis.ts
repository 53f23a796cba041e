import { CRITERIA, type Criterion } from '../smart/types';
import type { Ending } from '../roleplay/types';
/**
 * Item analysis of quiz attempts, as Moodle's quiz statistics report it: per item the number of
 * attempts, the facility index (mean score, 0–1), the discrimination index (the correlation of
 * the item's score with the rest of the attempt's score) and how often each option was chosen,
 * flagged when an item is too easy, too hard or discriminates negatively.
 */
export interface ItemResponse {
  itemId: string;
  /** 0…1 */
  score: number;
  /** The cmi.interaction response: choices joined by `[,]`, or a typed value. */
  response: string;
}

export interface AnalyzedAttempt {
  /** The quiz the attempt belongs to: a module id, or the final assessment's id. */
  quizId: string;
  items: readonly ItemResponse[];
}

export type ItemFlag = 'too_easy' | 'too_hard' | 'negative_discrimination';

export interface ItemStats {
  quizId: string;
  itemId: string;
  attempts: number;
  facility: number;
  /** null when fewer than three attempts, or when either score never varies. */
  discrimination: number | null;
  /** How many attempts chose each option (a multiple-response answer counts for each option). */
  options: Record<string, number>;
  flags: ItemFlag[];
}

export const ITEM_THRESHOLDS = { tooEasy: 0.9, tooHard: 0.3 } as const;

/** Pearson's correlation, or null when it is undefined. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || n !== ys.length) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

const optionsOf = (response: string) => (response === '' ? [] : response.split('[,]'));

/** Statistics for every item of every quiz in the attempts, in order of first appearance. */
export function itemAnalysis(attempts: readonly AnalyzedAttempt[], thresholds = ITEM_THRESHOLDS): ItemStats[] {
  const byItem = new Map<string, { quizId: string; itemId: string; scores: number[]; rest: number[]; options: Record<string, number> }>();
  for (const attempt of attempts) {
    const total = attempt.items.reduce((sum, i) => sum + i.score, 0);
    for (const item of attempt.items) {
      const key = `${attempt.quizId}\u0000${item.itemId}`;
      let entry = byItem.get(key);
      if (!entry) byItem.set(key, (entry = { quizId: attempt.quizId, itemId: item.itemId, scores: [], rest: [], options: {} }));
      entry.scores.push(item.score);
      entry.rest.push(total - item.score);
      for (const option of new Set(optionsOf(item.response))) entry.options[option] = (entry.options[option] ?? 0) + 1;
    }
  }
  return [...byItem.values()].map((e) => {
    const facility = e.scores.reduce((a, b) => a + b, 0) / e.scores.length;
    const discrimination = correlation(e.scores, e.rest);
    const flags: ItemFlag[] = [];
    if (facility >= thresholds.tooEasy) flags.push('too_easy');
    if (facility <= thresholds.tooHard) flags.push('too_hard');
    if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
    return { quizId: e.quizId, itemId: e.itemId, attempts: e.scores.length, facility, discrimination, options: e.options, flags };
  });
}

/** How often each criterion was missed across saved goals (share of goals where it was not met). */
export function criterionMissRates(goals: readonly Readonly<Record<string, string>>[]): Record<string, number> {
  const missed: Record<string, number> = {};
  const seen: Record<string, number> = {};
  for (const verdicts of goals)
    for (const [criterion, verdict] of Object.entries(verdicts)) {
      seen[criterion] = (seen[criterion] ?? 0) + 1;
      if (verdict !== 'met') missed[criterion] = (missed[criterion] ?? 0) + 1;
    }
  return Object.fromEntries(Object.keys(seen).map((c) => [c, (missed[c] ?? 0) / seen[c]!]));
}

/** How the runs of each role-play ended: counts per ending, per role-play. */
export function endingSplit(runs: readonly { roleplayId: string; ending: string }[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of runs) {
    const split = (out[r.roleplayId] ??= {});
    split[r.ending] = (split[r.ending] ?? 0) + 1;
  }
  return out;
}

export interface CriterionStats {
  criterion: Criterion;
  /** Saved goals that carry a verdict for the criterion. */
  goals: number;
  /** Of those, the goals where it was not met. */
  missed: number;
  /** missed / goals; null before any goal. */
  missRate: number | null;
}

/** Per SMART criterion, in the order trainees learn them: how many saved goals miss it. */
export function criterionStats(goals: readonly Readonly<Record<string, string>>[]): CriterionStats[] {
  return CRITERIA.map((criterion) => {
    const judged = goals.filter((g) => typeof g[criterion] === 'string');
    const missed = judged.filter((g) => g[criterion] !== 'met').length;
    return { criterion, goals: judged.length, missed, missRate: judged.length ? missed / judged.length : null };
  });
}

export const ENDINGS: readonly Ending[] = ['won', 'advanced', 'stalled', 'lost'];

export interface EndingStats {
  roleplayId: string;
  runs: number;
  /** Runs per ending, every ending listed (0 when none). */
  endings: Record<Ending, number>;
}

/** Per role-play, how its finished runs ended; role-plays sorted by id, unknown endings left out. */
export function endingStats(runs: readonly { roleplayId: string; ending: string }[]): EndingStats[] {
  const split = endingSplit(runs.filter((r) => (ENDINGS as readonly string[]).includes(r.ending)));
  return Object.keys(split)
    .sort()
    .map((roleplayId) => {
      const endings = Object.fromEntries(ENDINGS.map((e) => [e, split[roleplayId]![e] ?? 0])) as Record<Ending, number>;
      return { roleplayId, runs: ENDINGS.reduce((n, e) => n + endings[e], 0), endings };
    });
}
