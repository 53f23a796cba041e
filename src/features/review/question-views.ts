import type { ComponentType } from 'react';
import type { Answer, AttemptItem } from '../../domain';

/**
 * How a question and its feedback are shown. The quiz feature owns them; the app shell hands
 * them to the review pages (a feature never imports another), so a review looks like the quiz.
 */
export interface QuestionViews {
  Question: ComponentType<{ entry: AttemptItem; number: string; answer: Answer | undefined; locked: boolean; onAnswer: (answer: Answer | undefined) => void }>;
  ItemFeedback: ComponentType<{ entry: AttemptItem; answer: Answer | undefined }>;
}
