import { z } from 'zod';
import { locales, type Locale } from './locales';

export const moduleIdPattern = /^\d{2}-[a-z0-9-]+$/;

export const frontmatterSchema = z.strictObject({
  id: z.string().regex(moduleIdPattern, 'NN-slug, the folder name'),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(200),
  /** The module's teaching time in the room: the sum of its slides' minutes. */
  minutes: z.number().int().min(5).max(120),
  objectives: z.array(z.string().trim().min(1)).min(2).max(6),
  /** Exercises that practice this module, offered beside it. */
  practice: z.array(z.enum(['smart', 'roleplay', 'sandbox'])).optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export interface SlideMeta {
  id: string;
  title: string;
  added: boolean;
  /** Planned minutes in the room (the presenter's timer and the agenda are built on them). */
  minutes: number;
  /** Hidden parts the trainer reveals one at a time in presenter mode (0 for none). */
  reveals: number;
}

export interface QuizSummary {
  passScore: number;
  drawCount: number;
  itemCount: number;
}

export interface ModuleMeta extends Frontmatter {
  slides: SlideMeta[];
  /** Present when the module has a question bank. */
  quiz?: QuizSummary;
}

/** What the app needs to list the course without loading any module's text. */
export type CourseManifest = {
  moduleIds: string[];
  modules: Record<Locale, Record<string, ModuleMeta>>;
};

export { locales, type Locale };
