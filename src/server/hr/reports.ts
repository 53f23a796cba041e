import {
  buildMatrix,
  buildXlsx,
  csvCells,
  matrixTable,
  progressTable,
  sortMatrix,
  toCsv,
  type CourseModuleInfo,
  type MatrixFilter,
  type PageRequest,
  type TraineeRecord,
} from '../../domain';
import { EXPORT_LABELS } from './export-labels';

export type ReportKind = 'progress' | 'csv' | 'xlsx';
export type Report = { kind: 'progress'; json: string } | { kind: 'csv'; text: string } | { kind: 'xlsx'; bytes: Uint8Array };
/** The report of one kind: what a caller that asked for that kind gets back. */
export type ReportOf<K extends ReportKind> = Extract<Report, { kind: K }>;

export interface ReportRequest {
  kind: ReportKind;
  filter: MatrixFilter;
  lang: 'zh-CN' | 'en';
  /** The department a scoped session (a manager's) is limited to: nothing outside it is counted or listed. */
  scope?: string | null;
  /** Paging and sorting; the exports are sorted too but never paged. */
  page?: PageRequest;
  /** IANA zone for the workbook's date cells. */
  timeZone?: string;
}

/** The company's time zone for date cells: `TZ`, else the server's own. */
export const reportTimeZone = () => process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * HR's heavy reports from the trainee records: a page of the filtered, sorted matrix as JSON, and
 * the CSV and XLSX exports. The same function runs in the report worker (a file database) or in
 * the request (a database in memory, as in tests).
 */
export function buildReport(allRecords: readonly TraineeRecord[], modules: readonly CourseModuleInfo[], r: ReportRequest): Report {
  const all = r.scope ? allRecords.filter((t) => t.department === r.scope) : allRecords;
  const filter = r.scope ? { ...r.filter, department: r.scope } : r.filter;
  const rows = buildMatrix(all, modules, filter);
  if (r.page) sortMatrix(rows, r.page.sort, r.page.dir);
  if (r.kind === 'progress') {
    const departments = [...new Set(all.map((t) => t.department).filter(Boolean))].sort(new Intl.Collator('zh-CN').compare);
    const page = r.page ?? { page: 1, pageSize: rows.length, sort: 'department', dir: 'asc' };
    const start = (page.page - 1) * page.pageSize;
    return {
      kind: 'progress',
      json: JSON.stringify({
        modules: modules.map((m) => ({ id: m.id, hasQuiz: m.hasQuiz })),
        departments,
        total: all.length,
        matched: rows.length,
        page: page.page,
        pageSize: page.pageSize,
        sort: page.sort,
        dir: page.dir,
        rows: rows.slice(start, start + page.pageSize),
      }),
    };
  }
  const l = EXPORT_LABELS[r.lang];
  const progress = progressTable(rows, modules, r.lang, l);
  if (r.kind === 'csv') return { kind: 'csv', text: toCsv(csvCells(progress)) };
  const matrix = matrixTable(rows, modules, r.lang, l);
  return {
    kind: 'xlsx',
    bytes: buildXlsx(
      [
        { name: l.progressSheet, rows: progress.rows, columns: progress.columns },
        { name: l.matrixSheet, rows: matrix.rows, columns: matrix.columns },
      ],
      { level: 1, timeZone: r.timeZone ?? reportTimeZone() },
    ),
  };
}
