import type { Cell, Column } from '../xlsx';
import type { RecordStatus } from './module-progress';
import type { CourseModuleInfo, MatrixRow } from './matrix';

export interface ExportLabels {
  employeeId: string;
  name: string;
  department: string;
  cohort: string;
  courseStatus: string;
  moduleId: string;
  module: string;
  status: string;
  bestScore: string;
  attempts: string;
  minutes: string;
  firstActivity: string;
  lastActivity: string;
  finalBestScore: string;
  finalAttempts: string;
  finalPassed: string;
  certificateCode: string;
  certificateIssued: string;
  identity: string;
  /** By identity source; `unregistered` for a learner known only from their statements (an LMS's). */
  identities: Record<'self-declared' | 'company' | 'unregistered', string>;
  yes: string;
  no: string;
  statuses: Record<RecordStatus, string>;
}

/** A table for the exports: its rows (the first is the header) and each column's kind. Percentages are fractions (0.92). */
export interface ExportTable {
  columns: Column[];
  rows: Cell[][];
}

const minutes = (ms: number) => Math.round(ms / 6000) / 10;
// Ids, names, departments and cohorts get room for the usual long ones even when the first rows (the ones
// widths are fitted to) are short; a longer one wraps.
const TRAINEE_COLUMNS: Column[] = [
  { kind: 'text', width: 16 },
  { kind: 'text', width: 18 },
  { kind: 'text', width: 16 },
  { kind: 'text', width: 14 },
  { kind: 'text' },
  { kind: 'percent' },
  { kind: 'integer' },
  { kind: 'text' },
  { kind: 'text', width: 18 },
  { kind: 'date' },
  { kind: 'text' },
];

function traineeHeader(l: ExportLabels): Cell[] {
  return [l.employeeId, l.name, l.department, l.cohort, l.courseStatus, l.finalBestScore, l.finalAttempts, l.finalPassed, l.certificateCode, l.certificateIssued, l.identity];
}

function traineeCells(r: MatrixRow, l: ExportLabels): Cell[] {
  return [r.employeeId, r.name, r.department, r.cohort || null, l.statuses[r.status], r.final.bestScore, r.final.attempts, r.final.passed ? l.yes : l.no, r.certificate?.code ?? null, r.certificate?.issuedAt ?? null, l.identities[r.identity ?? 'unregistered']];
}

const PROGRESS_COLUMNS: Column[] = [...TRAINEE_COLUMNS, { kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'percent' }, { kind: 'integer' }, { kind: 'number' }, { kind: 'date' }, { kind: 'date' }];

/**
 * The progress export, a row at a time: one row per trainee and module, the shape a spreadsheet
 * filters and pivots best. The same rows go to CSV and to the workbook's first sheet, so the two
 * exports always agree.
 */
export function progressExport(modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels) {
  return {
    columns: PROGRESS_COLUMNS,
    header: (): Cell[] => [...traineeHeader(l), l.moduleId, l.module, l.status, l.bestScore, l.attempts, l.minutes, l.firstActivity, l.lastActivity],
    /** The rows of one trainee, one per module. */
    rows(r: MatrixRow): Cell[][] {
      const trainee = traineeCells(r, l);
      return modules.map((m) => {
        const c = r.modules[m.id];
        return [
          ...trainee,
          m.id,
          m.title[locale] ?? m.id,
          l.statuses[c?.status ?? 'not_started'],
          c?.bestScore ?? null,
          c?.attempts ?? 0,
          minutes(c?.timeSpentMs ?? 0),
          c?.firstActivity ?? null,
          c?.lastActivity ?? null,
        ];
      });
    },
  };
}

/** The matrix as HR sees it on screen, a row at a time: one row per trainee, one status column per module and its best score. */
export function matrixExport(modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels) {
  const columns: Column[] = [...TRAINEE_COLUMNS];
  for (let i = 0; i < modules.length; i++) columns.push({ kind: 'text' }, { kind: 'percent' });
  return {
    columns,
    header(): Cell[] {
      const header = traineeHeader(l);
      for (const m of modules) header.push(m.title[locale] ?? m.id, `${m.title[locale] ?? m.id} · ${l.bestScore}`);
      return header;
    },
    row(r: MatrixRow): Cell[] {
      const line: Cell[] = traineeCells(r, l);
      for (const m of modules) line.push(l.statuses[r.modules[m.id]?.status ?? 'not_started'], r.modules[m.id]?.bestScore ?? null);
      return line;
    },
  };
}

/** One row per trainee and module (see `progressExport`), all at once. */
export function progressTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): ExportTable {
  const e = progressExport(modules, locale, l);
  return { columns: e.columns, rows: [e.header(), ...rows.flatMap((r) => e.rows(r))] };
}

/** The on-screen matrix (see `matrixExport`), all at once. */
export function matrixTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): ExportTable {
  const e = matrixExport(modules, locale, l);
  return { columns: e.columns, rows: [e.header(), ...rows.map((r) => e.row(r))] };
}

/**
 * A data row as CSV cells: percentages as whole percents (92, the header says %), dates as ISO 8601
 * instants with their offset, as stored.
 */
export function csvRow(row: readonly Cell[], columns: readonly Column[]): Cell[] {
  return row.map((v, c) => (columns[c]?.kind === 'percent' && typeof v === 'number' ? Math.round(v * 1000) / 10 : v));
}

/** The table as CSV cells (see `csvRow`). */
export function csvCells(table: ExportTable): Cell[][] {
  return table.rows.map((row, i) => (i === 0 ? row : csvRow(row, table.columns)));
}
