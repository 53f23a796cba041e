import type { Answer } from '../quiz/types';

/**
 * A quiz answer as an xAPI `result.response`, in the cmi.interaction formats: choices and
 * orderings joined by `[,]`, matches as `left[.]right`, true/false and numbers as text.
 */
export function answerResponse(answer: Answer | undefined): string {
  if (!answer) return '';
  switch (answer.type) {
    case 'single':
      return answer.optionId;
    case 'multiple':
      return answer.optionIds.join('[,]');
    case 'truefalse':
      return String(answer.value);
    case 'ordering':
      return answer.order.join('[,]');
    case 'matching':
      return Object.entries(answer.matches)
        .map(([l, r]) => `${l}[.]${r}`)
        .join('[,]');
    case 'numeric':
      return String(answer.value);
  }
}
