import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { cardKey, type ReviewAnswer, type ReviewCard, type ReviewState } from './deck';
import { enteringItems, type QuizAnswers } from './entry';

// Whole days, no fuzz: a course's review plan is read as dates, and the same answers must give
// the same dates in the browser and on the records server.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: 0.9 }));

/**
 * How a scored answer rates the recall: fully right is Good; anything less (a wrong option among
 * the right ones, two matches swapped) is Again, a recall that failed, so the item comes back the
 * next day. The trainee never rates themselves: the answer does.
 */
export function gradeOf(score: number): Grade {
  return score >= 1 - 1e-9 ? Rating.Good : Rating.Again;
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: new Date(card.lastReview),
  };
}

/**
 * The card after one answer at `at`: the scheduler plans the next review from the score. A card
 * not yet in the deck enters with this answer as its first review.
 */
export function scheduleAnswer(card: ReviewCard | undefined, moduleId: string, itemId: string, score: number, at: string): ReviewCard {
  const when = new Date(at);
  const before = card ? toFsrs(card) : createEmptyCard(when);
  const next = scheduler.next(before, when, gradeOf(score)).card;
  return {
    key: cardKey(moduleId, itemId),
    moduleId,
    itemId,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state as ReviewCard['state'],
    lastReview: at,
    enteredAt: card?.enteredAt ?? at,
  };
}

/** Takes a module quiz attempt into the deck (once): the items that enter, each answer a review. */
export function addQuizAttempt(state: ReviewState, attempt: QuizAnswers, modulePassedBefore: boolean): ReviewState {
  if (state.seededAttempts.includes(attempt.attemptId)) return state;
  const cards = { ...state.cards };
  for (const item of enteringItems(attempt, modulePassedBefore, (id) => cardKey(attempt.moduleId, id) in cards)) {
    const key = cardKey(attempt.moduleId, item.itemId);
    cards[key] = scheduleAnswer(cards[key], attempt.moduleId, item.itemId, item.score, attempt.at);
  }
  return { ...state, cards, seededAttempts: [...state.seededAttempts, attempt.attemptId] };
}

/** Takes every attempt not yet in the deck, oldest first. */
export function syncDeck(state: ReviewState, attempts: readonly QuizAnswers[]): ReviewState {
  const sorted = [...attempts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let next = state;
  const passed = new Set<string>();
  for (const a of sorted) {
    next = addQuizAttempt(next, a, passed.has(a.moduleId));
    if (a.passed) passed.add(a.moduleId);
  }
  return next;
}

/** Files a review answer: the card moves to its next review, and the answer is kept for the record. */
export function answerReview(state: ReviewState, answer: { id: string; key: string; score: number; at: string; followUp?: string; response?: string }): ReviewState {
  const card = state.cards[answer.key];
  const [moduleId = '', itemId = ''] = card ? [card.moduleId, card.itemId] : answer.key.split('/', 2);
  if (!moduleId || !itemId) return state;
  const next = scheduleAnswer(card, moduleId, itemId, answer.score, answer.at);
  const entry: ReviewAnswer = {
    id: answer.id,
    key: next.key,
    at: answer.at,
    score: answer.score,
    correct: answer.score >= 1 - 1e-9,
    due: next.due,
    ...(answer.followUp ? { followUp: answer.followUp } : {}),
    ...(answer.response !== undefined ? { response: answer.response } : {}),
  };
  return { ...state, cards: { ...state.cards, [next.key]: next }, answers: [...state.answers, entry] };
}
