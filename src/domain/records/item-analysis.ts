import { CRITERIA, type Criterion } from '../smart/types';
import { ENDINGS, type Ending } from '../roleplay/types';
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

const optionsOf = (response: string) => (response === '' ? [] : response.split('[,]'));

/**
 * What an item's statistics are made of, as sums that add up across attempts and learners: the
 * attempts (n), the sums of the item's score (x) and of the rest of each attempt's score (r), of
 * their products and squares, and how many attempts chose each option.
 */
export interface ItemSums {
  quizId: string;
  itemId: string;
  n: number;
  sx: number;
  sr: number;
  sxr: number;
  sxx: number;
  srr: number;
  options: Record<string, number>;
}

/** Adds an attempt's items to `sums` (keyed by quiz and item; a new item goes last). */
export function sumAttempt(sums: Map<string, ItemSums>, attempt: AnalyzedAttempt): void {
  const total = attempt.items.reduce((sum, i) => sum + i.score, 0);
  for (const item of attempt.items) {
    const key = `${attempt.quizId}\u0000${item.itemId}`;
    let e = sums.get(key);
    if (!e) sums.set(key, (e = { quizId: attempt.quizId, itemId: item.itemId, n: 0, sx: 0, sr: 0, sxr: 0, sxx: 0, srr: 0, options: {} }));
    const x = item.score;
    const r = total - x;
    e.n++;
    e.sx += x;
    e.sr += r;
    e.sxr += x * r;
    e.sxx += x * x;
    e.srr += r * r;
    for (const option of new Set(optionsOf(item.response))) e.options[option] = (e.options[option] ?? 0) + 1;
  }
}

/** Pearson's correlation from sums, or null when it is undefined (fewer than three, or either never varies). */
function correlationOfSums({ n, sx, sr, sxr, sxx, srr }: ItemSums): number | null {
  if (n < 3) return null;
  const vx = n * sxx - sx * sx;
  const vr = n * srr - sr * sr;
  // Sums of fractional scores leave a rounding error where a variance is really zero.
  if (vx <= 1e-9 * Math.max(1, n * sxx) || vr <= 1e-9 * Math.max(1, n * srr)) return null;
  return Math.max(-1, Math.min(1, (n * sxr - sx * sr) / Math.sqrt(vx * vr)));
}

/** Each item's statistics from its sums, in the order given. */
export function itemStatsOf(sums: readonly ItemSums[], thresholds = ITEM_THRESHOLDS): ItemStats[] {
  return sums.map((e) => {
    const facility = e.sx / e.n;
    const discrimination = correlationOfSums(e);
    const flags: ItemFlag[] = [];
    if (facility >= thresholds.tooEasy) flags.push('too_easy');
    if (facility <= thresholds.tooHard) flags.push('too_hard');
    if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
    return { quizId: e.quizId, itemId: e.itemId, attempts: e.n, facility, discrimination, options: e.options, flags };
  });
}

/** Statistics for every item of every quiz in the attempts, in order of first appearance. */
export function itemAnalysis(attempts: readonly AnalyzedAttempt[], thresholds = ITEM_THRESHOLDS): ItemStats[] {
  const sums = new Map<string, ItemSums>();
  for (const attempt of attempts) sumAttempt(sums, attempt);
  return itemStatsOf([...sums.values()], thresholds);
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

/** Per criterion, the saved goals judged on it and, of those, the goals that missed it. */
export type CriterionCounts = Record<string, { judged: number; missed: number }>;

/** Counts the criteria of saved goals (each goal's verdicts by criterion). */
export function criterionCounts(goals: readonly Readonly<Record<string, string>>[]): CriterionCounts {
  const counts: CriterionCounts = {};
  for (const g of goals)
    for (const [criterion, verdict] of Object.entries(g)) {
      if (typeof verdict !== 'string') continue;
      const c = (counts[criterion] ??= { judged: 0, missed: 0 });
      c.judged++;
      if (verdict !== 'met') c.missed++;
    }
  return counts;
}

/** Per SMART criterion, in the order trainees learn them: how many saved goals miss it. */
export function criterionStats(goals: readonly Readonly<Record<string, string>>[]): CriterionStats[] {
  return criterionStatsOf(criterionCounts(goals));
}

/** The same from counts. */
export function criterionStatsOf(counts: CriterionCounts): CriterionStats[] {
  return CRITERIA.map((criterion) => {
    const { judged = 0, missed = 0 } = Object.hasOwn(counts, criterion) ? counts[criterion]! : {};
    return { criterion, goals: judged, missed, missRate: judged ? missed / judged : null };
  });
}

export interface EndingStats {
  roleplayId: string;
  runs: number;
  /** Runs per ending, every ending listed (0 when none). */
  endings: Record<Ending, number>;
}

/** Per role-play, how its finished runs ended; role-plays sorted by id, unknown endings left out. */
export function endingStats(runs: readonly { roleplayId: string; ending: string }[]): EndingStats[] {
  return endingStatsOf(endingSplit(runs));
}

/** The same from the runs' split by role-play and ending (see `endingSplit`). */
export function endingStatsOf(split: Readonly<Record<string, Readonly<Record<string, number>>>>): EndingStats[] {
  return Object.keys(split)
    .filter((roleplayId) => ENDINGS.some((e) => (split[roleplayId]![e] ?? 0) > 0))
    .sort()
    .map((roleplayId) => {
      const endings = Object.fromEntries(ENDINGS.map((e) => [e, split[roleplayId]![e] ?? 0])) as Record<Ending, number>;
      return { roleplayId, runs: ENDINGS.reduce((n, e) => n + endings[e], 0), endings };
    });
}
