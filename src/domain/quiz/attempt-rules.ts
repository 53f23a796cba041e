import { drawAcrossBanks, drawAttempt, type DrawnItem } from './draw';
import { FINAL_ASSESSMENT } from './results';
import { effectiveAnswers, resolveDrawnItems, type AttemptItem } from './resolve';
import { DEFAULT_PASS_SCORE, isPassed, scoreAttempt, type ItemScore } from './score';
import type { Answer, QuizBank } from './types';

/** The final assessment: 30 items across every bank, passed at 80%. */
export const FINAL_ITEM_COUNT = 30;
export const FINAL_PASS_SCORE = DEFAULT_PASS_SCORE;

/** What an attempt at a quiz is: how many items, the pass mark, when feedback is shown. */
export interface QuizRules {
  /** A module id, or `final`. */
  quizId: string;
  count: number;
  passScore: number;
  feedback: 'immediate' | 'end';
}

type Banks = Readonly<Record<string, QuizBank>>;

/** The rules of a module's quiz or of the final assessment; undefined when there is no such quiz. */
export function quizRules(quizId: string, banks: Banks): QuizRules | undefined {
  if (quizId === FINAL_ASSESSMENT)
    return Object.keys(banks).length ? { quizId, count: FINAL_ITEM_COUNT, passScore: FINAL_PASS_SCORE, feedback: 'end' } : undefined;
  const bank = Object.hasOwn(banks, quizId) ? banks[quizId] : undefined;
  return bank && { quizId, count: Math.min(bank.drawCount, bank.items.length), passScore: bank.passScore, feedback: bank.feedback };
}

/**
 * The items of an attempt, from its seed: a module's quiz draws from its bank, the final
 * assessment across every bank. The page draws with this when the attempt starts and the records
 * server again when it scores the answers, so both see the same items in the same order. `avoid`
 * holds the previous attempt's item ids: a retake brings new questions as far as the bank allows.
 */
export function drawQuiz(quizId: string, banks: Banks, seed: string, avoid: readonly string[] = []): DrawnItem[] {
  if (quizId === FINAL_ASSESSMENT) return drawAcrossBanks(banks, seed, FINAL_ITEM_COUNT, avoid);
  const bank = Object.hasOwn(banks, quizId) ? banks[quizId] : undefined;
  return bank ? drawAttempt(bank, seed, bank.drawCount, avoid) : [];
}

/** The item ids a retake avoids: those of the last finished attempt at this quiz (by when it ended). */
export function retakeAvoids(attempts: readonly { quizId: string; endedAt: string; items: readonly DrawnItem[] }[], quizId: string): string[] {
  const last = attempts.filter((a) => a.quizId === quizId).reduce<(typeof attempts)[number] | undefined>((l, a) => (!l || a.endedAt >= l.endedAt ? a : l), undefined);
  return last ? last.items.map((i) => i.itemId) : [];
}

/** The drawn items of an attempt with their bank items (keys as answers are filed). */
export function attemptItems(quizId: string, banks: Banks, drawn: readonly DrawnItem[]): AttemptItem[] {
  return resolveDrawnItems(drawn, banks, quizId === FINAL_ASSESSMENT ? undefined : quizId);
}

export interface ScoredQuiz {
  quizId: string;
  items: AttemptItem[];
  /** What was scored: the answers given for drawn items (others are ignored), ordering items left as shown included. */
  answers: Record<string, Answer>;
  points: number;
  max: number;
  /** 0…1. */
  score: number;
  passed: boolean;
  passScore: number;
  itemScores: Record<string, ItemScore>;
}

/**
 * Scores the answers to an attempt drawn from `seed`: the draw is made again, answers to items
 * that were not drawn are left out, and the bank's pass mark decides. Never throws on what a
 * client sent (a malformed answer scores 0 as `invalid`); undefined when the quiz does not exist.
 */
export function scoreQuiz(quizId: string, banks: Banks, seed: string, answers: Readonly<Record<string, unknown>>, avoid: readonly string[] = []): ScoredQuiz | undefined {
  const rules = quizRules(quizId, banks);
  if (!rules) return undefined;
  const items = attemptItems(quizId, banks, drawQuiz(quizId, banks, seed, avoid));
  const given: Record<string, Answer> = {};
  for (const { key } of items) if (Object.hasOwn(answers, key) && answers[key] != null) given[key] = answers[key] as Answer;
  const effective = effectiveAnswers(items, given);
  const scored = scoreAttempt(
    items.map((i) => i.item),
    effective,
  );
  return {
    quizId,
    items,
    answers: effective,
    points: scored.points,
    max: scored.max,
    score: scored.score,
    passed: isPassed(scored.score, rules.passScore),
    passScore: rules.passScore,
    itemScores: scored.items,
  };
}
