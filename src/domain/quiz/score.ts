import type { QuizItem } from './types';
import { isRecord } from '../guards';

export type ItemStatus = 'correct' | 'partial' | 'wrong' | 'unanswered' | 'invalid';

export interface ItemScore {
  /** From 0 to 1. */
  score: number;
  status: ItemStatus;
}

const EPSILON = 1e-9;
const unanswered: ItemScore = { score: 0, status: 'unanswered' };
const invalid: ItemScore = { score: 0, status: 'invalid' };

function graded(score: number): ItemScore {
  const s = Math.min(1, Math.max(0, score));
  return { score: s, status: s >= 1 - EPSILON ? 'correct' : s <= EPSILON ? 'wrong' : 'partial' };
}


const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Scores one answer against its item. Partial credit:
 * - multiple response: (correct options chosen − wrong options chosen) ÷ correct options, at least 0;
 * - ordering: the share of pairs of entries that stand in the right order relative to each other
 *   (one entry out of place costs little, a reversed list scores 0);
 * - matching: the share of pairs matched correctly.
 * Single choice, true/false and numeric (within the item's tolerance) are all or nothing.
 * Never throws: a missing answer is `unanswered`, one of the wrong shape or naming unknown
 * options is `invalid`; both score 0.
 */
export function scoreItem(item: QuizItem, answer: unknown): ItemScore {
  if (answer === undefined || answer === null) return unanswered;
  if (!isRecord(answer) || answer.type !== item.type) return invalid;
  switch (item.type) {
    case 'single': {
      if (typeof answer.optionId !== 'string') return invalid;
      const option = item.options.find((o) => o.id === answer.optionId);
      return option ? graded(option.correct ? 1 : 0) : invalid;
    }
    case 'multiple': {
      const chosen = answer.optionIds;
      if (!isStringList(chosen) || new Set(chosen).size !== chosen.length) return invalid;
      if (chosen.length === 0) return unanswered;
      const options = chosen.map((id) => item.options.find((o) => o.id === id));
      if (options.some((o) => !o)) return invalid;
      const correctTotal = item.options.filter((o) => o.correct).length;
      const hits = options.filter((o) => o!.correct).length;
      return graded((hits - (options.length - hits)) / correctTotal);
    }
    case 'truefalse':
      return typeof answer.value === 'boolean' ? graded(answer.value === item.answer ? 1 : 0) : invalid;
    case 'ordering': {
      const order = answer.order;
      const ids = item.entries.map((e) => e.id);
      if (!isStringList(order) || order.length !== ids.length || new Set(order).size !== ids.length || !order.every((id) => ids.includes(id)))
        return invalid;
      const rank = new Map(ids.map((id, i) => [id, i]));
      let concordant = 0;
      let pairs = 0;
      for (let i = 0; i < order.length; i++)
        for (let j = i + 1; j < order.length; j++) {
          pairs++;
          if (rank.get(order[i]!)! < rank.get(order[j]!)!) concordant++;
        }
      return graded(concordant / pairs);
    }
    case 'matching': {
      const matches = answer.matches;
      if (!isRecord(matches)) return invalid;
      const ids = new Set(item.pairs.map((p) => p.id));
      const entries = Object.entries(matches);
      if (entries.some(([left, right]) => !ids.has(left) || typeof right !== 'string' || !ids.has(right))) return invalid;
      if (entries.length === 0) return unanswered;
      return graded(entries.filter(([left, right]) => left === right).length / item.pairs.length);
    }
    case 'numeric': {
      const value = answer.value;
      if (typeof value !== 'number' || !Number.isFinite(value)) return invalid;
      return graded(Math.abs(value - item.answer) <= item.tolerance + EPSILON * Math.max(1, Math.abs(item.answer)) ? 1 : 0);
    }
  }
}

export interface AttemptScore {
  /** Sum of item scores. */
  points: number;
  max: number;
  /** points ÷ max, from 0 to 1. */
  score: number;
  items: Record<string, ItemScore>;
}

/** Scores an attempt; every item weighs the same. `answers` is keyed by item id. */
export function scoreAttempt(items: readonly QuizItem[], answers: Readonly<Record<string, unknown>>): AttemptScore {
  const scored: Record<string, ItemScore> = {};
  let points = 0;
  for (const item of items) {
    const s = scoreItem(item, answers[item.id]);
    scored[item.id] = s;
    points += s.score;
  }
  const max = items.length;
  return { points, max, score: max === 0 ? 0 : points / max, items: scored };
}

export const DEFAULT_PASS_SCORE = 0.8;

/** Passed when the score reaches the pass mark (80% unless the bank says otherwise). */
export function isPassed(score: number, passScore: number = DEFAULT_PASS_SCORE): boolean {
  return Number.isFinite(score) && score >= passScore - EPSILON;
}
