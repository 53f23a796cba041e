import type { CourseModuleInfo } from '../../src/domain';

/** A three-module course for the server tests. */
export const TEST_MODULES: CourseModuleInfo[] = [
  { id: '00-intro', hasQuiz: false, title: { 'zh-CN': '导论', en: 'Introduction' } },
  { id: '01-foundations', hasQuiz: true, title: { 'zh-CN': '目标基础', en: 'Foundations' } },
  { id: '02-setting', hasQuiz: true, title: { 'zh-CN': '目标设定', en: 'Setting targets' } },
];
