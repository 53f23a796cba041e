import type { Answer, QuizItem } from './types';

/** The fully right answer to an item (answer keys are no secret: the page holds the banks for practice). */
export function modelAnswer(item: QuizItem): Answer {
  switch (item.type) {
    case 'single':
      return { type: 'single', optionId: item.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: item.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: item.answer };
    case 'ordering':
      return { type: 'ordering', order: item.entries.map((e) => e.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(item.pairs.map((p) => [p.id, p.id])) };
    case 'numeric':
      return { type: 'numeric', value: item.answer };
  }
}
