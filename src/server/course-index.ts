import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CourseModuleInfo, QuizBank, RoleplayTitle } from '../domain';

// The banks were validated by the build; their outline is checked here so a stale or hand-made file fails at start.
const bankSchema = z.looseObject({
  passScore: z.number().min(0).max(1),
  feedback: z.enum(['immediate', 'end']),
  drawCount: z.number().int().positive(),
  items: z.array(z.looseObject({ id: z.string().min(1), type: z.string() })).min(1),
});
const indexSchema = z.object({
  modules: z.array(z.object({ id: z.string().min(1), hasQuiz: z.boolean(), title: z.record(z.string(), z.string()) })).min(1),
  banks: z.record(z.string(), bankSchema).optional(),
  roleplays: z.array(z.object({ id: z.string().min(1), title: z.object({ 'zh-CN': z.string(), en: z.string() }) })).optional(),
});

/** The module list the build wrote beside the app (dist/course-index.json). */
export function loadCourseIndex(root: string): CourseModuleInfo[] {
  return readCourseIndex(root).modules;
}

/** The question banks the build wrote beside the module list (none in an index written before the server scored quizzes). */
export function loadQuizBanks(root: string): Record<string, QuizBank> {
  return (readCourseIndex(root).banks ?? {}) as unknown as Record<string, QuizBank>;
}

/** The role-plays' titles the build wrote beside the module list (none in an index written before HR's exports named them). */
export function loadRoleplayTitles(root: string): RoleplayTitle[] {
  return readCourseIndex(root).roleplays ?? [];
}

function readCourseIndex(root: string) {
  const file = join(root, 'course-index.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is missing or not JSON (${(e as Error).message}); run npm run build`);
  }
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a course index: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
