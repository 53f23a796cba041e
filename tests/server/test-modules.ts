import { readCourseFiles, readQuizFiles, readRoleplayFiles } from '../../src/content/read-course-files';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import { validateCourse } from '../../src/content/validate-course';
import type { CourseModuleInfo, QuizBank, RoleplayTitle } from '../../src/domain';

/** A three-module course for the server tests. */
export const TEST_MODULES: CourseModuleInfo[] = [
  { id: '00-intro', hasQuiz: false, title: { 'zh-CN': '导论', en: 'Introduction' } },
  { id: '01-foundations', hasQuiz: true, title: { 'zh-CN': '目标基础', en: 'Foundations' } },
  { id: '02-setting', hasQuiz: true, title: { 'zh-CN': '目标设定', en: 'Setting targets' } },
];

const root = new URL('../../', import.meta.url).pathname;
const all = validateCourse(readCourseFiles(root), readQuizFiles(root)).banks;

/** The course's real banks of the two test modules with a quiz: the server draws and scores from them. */
export const TEST_BANKS: Record<string, QuizBank> = { '01-foundations': all['01-foundations']!, '02-setting': all['02-setting']! };

/** The course's real role-plays' titles, as the build writes them for the server. */
export const TEST_ROLEPLAYS: RoleplayTitle[] = readRoleplayFiles(root).flatMap((f) => {
  const { scenario } = validateRoleplay(f.source, f.file);
  return scenario ? [{ id: scenario.id, title: scenario.title }] : [];
});
