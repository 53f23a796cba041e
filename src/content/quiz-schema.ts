import { z } from 'zod';

/** Text in both course languages; a bank item carries both, so the languages cannot drift apart. */
export const localizedText = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');

const base = {
  id: itemId,
  /** The slide the explanation points back to. */
  slide: z.string().min(1),
  /** A scenario the question is built on (the case studies, the FAQ); shown above the prompt. */
  case: localizedText.optional(),
  prompt: localizedText,
  explanation: localizedText,
};

const option = z.strictObject({
  id: itemId,
  text: localizedText,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown when it is chosen. */
  feedback: localizedText.optional(),
});

const entry = z.strictObject({ id: itemId, text: localizedText });

const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

export const quizItemSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('single'),
    options: z.array(option).min(2).max(6).refine(uniqueIds, 'option ids must be unique')
      .refine((o) => o.filter((x) => x.correct).length === 1, 'a single-choice item has exactly one correct option'),
    shuffle: z.boolean().default(true),
  }),
  z.strictObject({
    ...base,
    type: z.literal('multiple'),
    options: z.array(option).min(3).max(8).refine(uniqueIds, 'option ids must be unique')
      .refine((o) => o.some((x) => x.correct), 'a multiple-response item needs at least one correct option'),
    shuffle: z.boolean().default(true),
  }),
  z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
  z.strictObject({
    ...base,
    type: z.literal('ordering'),
    /** The entries in their correct order; trainees see them shuffled. */
    entries: z.array(entry).min(3).max(7).refine(uniqueIds, 'entry ids must be unique'),
  }),
  z.strictObject({
    ...base,
    type: z.literal('matching'),
    pairs: z
      .array(z.strictObject({ id: itemId, left: localizedText, right: localizedText }))
      .min(3)
      .max(6)
      .refine(uniqueIds, 'pair ids must be unique'),
  }),
  z.strictObject({
    ...base,
    type: z.literal('numeric'),
    answer: z.number().finite(),
    /** Accepted absolute distance from the answer. */
    tolerance: z.number().min(0).default(0),
    unit: localizedText.optional(),
  }),
]);

export const quizBankSchema = z.strictObject({
  /** Share of the attempt's points needed to pass (0.8 = 80%). */
  passScore: z.number().min(0.5).max(1).default(0.8),
  /** When trainees see whether they were right: after each item, or on the result screen. */
  feedback: z.enum(['immediate', 'end']).default('immediate'),
  /** How many items one attempt draws from the bank. */
  drawCount: z.number().int().min(1).default(8),
  items: z.array(quizItemSchema).min(12, 'a bank needs at least 12 items'),
});

export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizBank = z.infer<typeof quizBankSchema>;
export type QuizItemType = QuizItem['type'];
export const quizItemTypes: QuizItemType[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'numeric'];
