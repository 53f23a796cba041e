import { buildMatrix, buildXlsx, matrixTable, progressTable, toCsv, type CourseModuleInfo, type MatrixFilter, type TraineeRecord } from '../../domain';
import { EXPORT_LABELS } from './export-labels';

export type ReportKind = 'progress' | 'csv' | 'xlsx';
export type Report = { kind: 'progress'; json: string } | { kind: 'csv'; text: string } | { kind: 'xlsx'; bytes: Uint8Array };
/** The report of one kind: asking for a CSV gives a CSV, so no caller narrows the union again. */
export type ReportOf<K extends ReportKind> = Extract<Report, { kind: K }>;

/**
 * HR's heavy reports from the trainee records: the filtered matrix as JSON, and the CSV and XLSX
 * exports. The same function runs in the report worker (a file database) or in the request (a
 * database in memory, as in tests).
 */
export function buildReport<K extends ReportKind>(all: readonly TraineeRecord[], modules: readonly CourseModuleInfo[], kind: K, filter: MatrixFilter, lang: 'zh-CN' | 'en'): ReportOf<K> {
  return buildAnyReport(all, modules, kind, filter, lang) as ReportOf<K>;
}

function buildAnyReport(all: readonly TraineeRecord[], modules: readonly CourseModuleInfo[], kind: ReportKind, filter: MatrixFilter, lang: 'zh-CN' | 'en'): Report {
  const rows = buildMatrix(all, modules, filter);
  if (kind === 'progress') {
    const departments = [...new Set(all.map((t) => t.department).filter(Boolean))].sort(new Intl.Collator('zh-CN').compare);
    return { kind, json: JSON.stringify({ modules: modules.map((m) => ({ id: m.id, hasQuiz: m.hasQuiz })), departments, total: all.length, rows }) };
  }
  const l = EXPORT_LABELS[lang];
  if (kind === 'csv') return { kind, text: toCsv(progressTable(rows, modules, lang, l)) };
  return {
    kind,
    bytes: buildXlsx(
      [
        { name: l.progressSheet, rows: progressTable(rows, modules, lang, l) },
        { name: l.matrixSheet, rows: matrixTable(rows, modules, lang, l) },
      ],
      { level: 1 },
    ),
  };
}
