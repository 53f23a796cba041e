import type { QuizItem } from './types';

const t = (text: string) => ({ 'zh-CN': text, en: text });
const base = (id: string) => ({ id, slide: 's1', prompt: t(`prompt ${id}`), explanation: t(`why ${id}`) });

/** One item of each type, for the rules' tests. */
export const single: QuizItem = {
  ...base('single'),
  type: 'single',
  shuffle: true,
  options: [
    { id: 'a', text: t('A'), correct: false },
    { id: 'b', text: t('B'), correct: true },
    { id: 'c', text: t('C'), correct: false },
  ],
};
export const multiple: QuizItem = {
  ...base('multiple'),
  type: 'multiple',
  shuffle: false,
  options: [
    { id: 'a', text: t('A'), correct: true },
    { id: 'b', text: t('B'), correct: true },
    { id: 'c', text: t('C'), correct: false },
    { id: 'd', text: t('D'), correct: false },
  ],
};
export const truefalse: QuizItem = { ...base('truefalse'), type: 'truefalse', answer: false };
export const ordering: QuizItem = {
  ...base('ordering'),
  type: 'ordering',
  entries: ['lead', 'contact', 'needs', 'proposal', 'closed'].map((id) => ({ id, text: t(id) })),
};
export const matching: QuizItem = {
  ...base('matching'),
  type: 'matching',
  pairs: ['price', 'timing', 'product', 'authority'].map((id) => ({ id, left: t(id), right: t(`${id} hides`) })),
};
export const numeric: QuizItem = { ...base('numeric'), type: 'numeric', answer: 625, tolerance: 0 };

export const allTypes: QuizItem[] = [single, multiple, truefalse, ordering, matching, numeric];
