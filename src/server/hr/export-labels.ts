import type { ExportLabels } from '../../domain';

/** Column headers and statuses of HR's exports, in the language HR reads the dashboard in. */
export const EXPORT_LABELS: Record<'zh-CN' | 'en', ExportLabels & { progressSheet: string; matrixSheet: string }> = {
  'zh-CN': {
    employeeId: '工号',
    name: '姓名',
    department: '部门',
    courseStatus: '课程状态',
    moduleId: '模块编号',
    module: '模块',
    status: '状态',
    bestScore: '最高分（%）',
    attempts: '测验次数',
    minutes: '学习时长（分钟）',
    firstActivity: '首次学习',
    lastActivity: '最近学习',
    statuses: { not_started: '未开始', in_progress: '进行中', completed: '已完成' },
    progressSheet: '学习进度',
    matrixSheet: '总览',
  },
  en: {
    employeeId: 'Employee ID',
    name: 'Name',
    department: 'Department',
    courseStatus: 'Course status',
    moduleId: 'Module ID',
    module: 'Module',
    status: 'Status',
    bestScore: 'Best score (%)',
    attempts: 'Quiz attempts',
    minutes: 'Time spent (minutes)',
    firstActivity: 'First activity',
    lastActivity: 'Last activity',
    statuses: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed' },
    progressSheet: 'Progress',
    matrixSheet: 'Overview',
  },
};
