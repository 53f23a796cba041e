/**
 * Quiz items as the rules see them. Content validates its YAML banks into exactly these shapes
 * (`src/content/quiz-schema.ts`); text stays in both languages and is chosen at display time.
 */
export type LocalizedText = { 'zh-CN': string; en: string };

interface ItemBase {
  id: string;
  slide: string;
  case?: LocalizedText;
  prompt: LocalizedText;
  explanation: LocalizedText;
}

export interface ChoiceOption {
  id: string;
  text: LocalizedText;
  correct: boolean;
  feedback?: LocalizedText;
}

export interface SingleItem extends ItemBase {
  type: 'single';
  options: ChoiceOption[];
  shuffle: boolean;
}
export interface MultipleItem extends ItemBase {
  type: 'multiple';
  options: ChoiceOption[];
  shuffle: boolean;
}
export interface TrueFalseItem extends ItemBase {
  type: 'truefalse';
  answer: boolean;
}
export interface OrderingItem extends ItemBase {
  type: 'ordering';
  /** In the correct order. */
  entries: { id: string; text: LocalizedText }[];
}
export interface MatchingItem extends ItemBase {
  type: 'matching';
  pairs: { id: string; left: LocalizedText; right: LocalizedText }[];
}
export interface NumericItem extends ItemBase {
  type: 'numeric';
  answer: number;
  tolerance: number;
  unit?: LocalizedText;
}

export type QuizItem = SingleItem | MultipleItem | TrueFalseItem | OrderingItem | MatchingItem | NumericItem;
export type QuizItemType = QuizItem['type'];

export interface QuizBank {
  passScore: number;
  feedback: 'immediate' | 'end';
  drawCount: number;
  items: QuizItem[];
}

/** What a trainee gave for one item. Matching maps each pair's left id to the chosen right id. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'ordering'; order: string[] }
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'numeric'; value: number };
