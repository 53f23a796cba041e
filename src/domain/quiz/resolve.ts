import type { DrawnItem } from './draw';
import type { Answer, QuizBank, QuizItem } from './types';

/** A drawn item with its bank item; `item.id` is the key answers are filed under. */
export interface AttemptItem {
  key: string;
  moduleId: string;
  item: QuizItem;
  order?: string[];
}

/**
 * Finds each drawn item in its bank. Keys are `itemId` within one module's quiz, or
 * `moduleId/itemId` across banks (the final assessment). Items no longer in the bank are left out.
 */
export function resolveDrawnItems(drawn: readonly DrawnItem[], banks: Readonly<Record<string, QuizBank>>, defaultModuleId?: string): AttemptItem[] {
  const out: AttemptItem[] = [];
  for (const d of drawn) {
    const [moduleId, itemId] = d.itemId.includes('/') ? d.itemId.split('/', 2) : [defaultModuleId, d.itemId];
    const item = moduleId ? banks[moduleId]?.items.find((i) => i.id === itemId) : undefined;
    if (moduleId && item) out.push({ key: d.itemId, moduleId, item: { ...item, id: d.itemId }, ...(d.order ? { order: d.order } : {}) });
  }
  return out;
}

/**
 * The answers to score: what the trainee gave, plus, for an ordering item left as shown, the
 * order it was shown in (keeping that order is a choice too).
 */
export function effectiveAnswers(items: readonly AttemptItem[], answers: Readonly<Record<string, Answer>>): Record<string, Answer> {
  const out: Record<string, Answer> = { ...answers };
  for (const { key, item, order } of items) if (item.type === 'ordering' && !out[key] && order) out[key] = { type: 'ordering', order };
  return out;
}

/** Whether the trainee has given an answer that can be scored (ordering always has one). */
export function isAnswered(item: AttemptItem, answer: Answer | undefined): boolean {
  if (item.item.type === 'ordering') return true;
  if (!answer) return false;
  if (answer.type === 'multiple') return answer.optionIds.length > 0;
  if (answer.type === 'matching') return Object.keys(answer.matches).length > 0;
  return true;
}

/**
 * Whether the trainee has given an answer themselves: what the "answered" counter counts. An
 * ordering item is scored in its starting order when left alone (`isAnswered`), but it has not
 * been answered until something was moved.
 */
export function isTouched(item: AttemptItem, answer: Answer | undefined): boolean {
  if (item.item.type === 'ordering') return answer?.type === 'ordering';
  return isAnswered(item, answer);
}
