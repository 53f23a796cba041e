import type { Answer } from './types';
import type { DrawnItem } from './draw';
import type { ReadingStatus } from '../progress/progress';
import { moduleSatisfied } from '../xapi/completion';

/** The final assessment's quiz id, where a module id could stand (quiz ids, stored attempts, `missing` lists). */
export const FINAL_ASSESSMENT = 'final';

/** A finished attempt, as kept for the trainee and later reported to HR. */
export interface QuizAttempt {
  id: string;
  /** A module id, or `final` for the final assessment. */
  quizId: string;
  seed: string;
  /** The previous attempt's item ids the draw kept clear of: with the seed, what the items were drawn from. */
  avoid?: string[];
  items: DrawnItem[];
  answers: Record<string, Answer>;
  score: number;
  /**
   * Each drawn item's score (0…1) when the attempt was finished, so its statements are built from
   * the attempt itself. Absent only on attempts kept by version 1 that the migration could not
   * settle (a score strictly between 0 and 1 does not say which items were right).
   */
  itemScores?: Record<string, number>;
  passed: boolean;
  startedAt: string;
  endedAt: string;
  /**
   * Who scored it, when a records server scores attempts: `pending` until the server's result has
   * come back (offline, the answers wait in the queue), then `server`, its score and verdict
   * replacing the page's; `refused` when the server would not score it (the answers wait aside
   * for the trainee to send again), so its score counts for nothing. Absent where the page's score
   * is the result (no records, an LMS, an LRS).
   */
  scoredBy?: 'pending' | 'server' | 'refused';
  /**
   * The server had already scored this attempt from another submission (another tab, another
   * device): the answers and score here are the ones it recorded, not those given on this page.
   */
  submittedElsewhere?: boolean;
}

/** Whether an attempt's score stands: the server did not refuse it. */
export const attemptCounts = (a: Pick<QuizAttempt, 'scoredBy'>): boolean => a.scoredBy !== 'refused';

/** The attempt with the highest score (the earliest of equals), if any; one the server refused never is. */
export function bestAttempt(attempts: readonly QuizAttempt[], quizId: string): QuizAttempt | undefined {
  let best: QuizAttempt | undefined;
  for (const a of attempts) if (a.quizId === quizId && attemptCounts(a) && (!best || a.score > best.score)) best = a;
  return best;
}

/** Whether an attempt at the quiz passed; one the server refused does not. */
export function hasPassed(attempts: readonly QuizAttempt[], quizId: string): boolean {
  return attempts.some((a) => a.quizId === quizId && attemptCounts(a) && a.passed);
}

export type ModuleStatus = ReadingStatus | 'completed';

/** A module is completed when it is read and its quiz passed; a module without a quiz when it is read. */
export function moduleStatus(reading: ReadingStatus, quiz: { exists: boolean; passed: boolean }): ModuleStatus {
  return moduleSatisfied({ read: reading === 'read', hasQuiz: quiz.exists, passed: quiz.passed }) ? 'completed' : reading;
}

/** Milliseconds between two ISO times, never negative. */
export function attemptDuration(attempt: Pick<QuizAttempt, 'startedAt' | 'endedAt'>): number {
  const ms = Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** The slides to review: those behind items not fully right, once each, in the attempt's order. */
export function slidesToReview(items: readonly { id: string; slide: string }[], scores: Record<string, { status: string }>): string[] {
  const slides: string[] = [];
  for (const item of items) if (scores[item.id]?.status !== 'correct' && !slides.includes(item.slide)) slides.push(item.slide);
  return slides;
}

/** How far a score fell short, in points of the scale, before "a little short" stops being true. */
export const CLOSE_MARGIN = 0.15;

/** What a result says: passed, close to the pass mark (within 15 points), or well short of it. */
export function resultTone(score: number, passScore: number): 'passed' | 'close' | 'far' {
  if (score >= passScore) return 'passed';
  return passScore - score <= CLOSE_MARGIN + 1e-9 ? 'close' : 'far';
}
