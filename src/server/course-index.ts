import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CourseModuleInfo } from '../domain';

const indexSchema = z.object({
  modules: z.array(z.object({ id: z.string().min(1), hasQuiz: z.boolean(), title: z.record(z.string(), z.string()) })).min(1),
});

/** The module list the build wrote beside the app (dist/course-index.json). */
export function loadCourseIndex(root: string): CourseModuleInfo[] {
  const file = join(root, 'course-index.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is missing or not JSON (${(e as Error).message}); run npm run build`);
  }
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a course index: ${parsed.error.issues[0]?.message}`);
  return parsed.data.modules;
}
