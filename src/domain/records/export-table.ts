import type { Cell } from '../xlsx';
import type { RecordStatus } from './module-progress';
import type { CourseModuleInfo, MatrixRow } from './matrix';

export interface ExportLabels {
  employeeId: string;
  name: string;
  department: string;
  courseStatus: string;
  moduleId: string;
  module: string;
  status: string;
  bestScore: string;
  attempts: string;
  minutes: string;
  firstActivity: string;
  lastActivity: string;
  statuses: Record<RecordStatus, string>;
}

const percent = (scaled: number | null | undefined) => (scaled === null || scaled === undefined ? null : Math.round(scaled * 1000) / 10);
const minutes = (ms: number) => Math.round(ms / 6000) / 10;

/**
 * One row per trainee and module, the shape a spreadsheet filters and pivots best: the same
 * rows go to CSV and to the workbook's first sheet, so the two exports always agree.
 */
export function progressTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): Cell[][] {
  const out: Cell[][] = [[l.employeeId, l.name, l.department, l.courseStatus, l.moduleId, l.module, l.status, l.bestScore, l.attempts, l.minutes, l.firstActivity, l.lastActivity]];
  for (const r of rows)
    for (const m of modules) {
      const c = r.modules[m.id];
      out.push([
        r.employeeId,
        r.name,
        r.department,
        l.statuses[r.status],
        m.id,
        m.title[locale] ?? m.id,
        l.statuses[c?.status ?? 'not_started'],
        percent(c?.bestScore),
        c?.attempts ?? 0,
        minutes(c?.timeSpentMs ?? 0),
        c?.firstActivity ?? null,
        c?.lastActivity ?? null,
      ]);
    }
  return out;
}

/** The matrix as HR sees it on screen: one row per trainee, one status column per module and its best score. */
export function matrixTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): Cell[][] {
  const header: Cell[] = [l.employeeId, l.name, l.department, l.courseStatus];
  for (const m of modules) header.push(m.title[locale] ?? m.id, `${m.title[locale] ?? m.id} · ${l.bestScore}`);
  const out: Cell[][] = [header];
  for (const r of rows) {
    const line: Cell[] = [r.employeeId, r.name, r.department, l.statuses[r.status]];
    for (const m of modules) line.push(l.statuses[r.modules[m.id]?.status ?? 'not_started'], percent(r.modules[m.id]?.bestScore));
    out.push(line);
  }
  return out;
}
