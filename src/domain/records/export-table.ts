import type { Cell, Column } from '../xlsx';
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
  finalBestScore: string;
  finalAttempts: string;
  finalPassed: string;
  certificateCode: string;
  certificateIssued: string;
  identity: string;
  identities: Record<'self-declared' | 'company', string>;
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
const TRAINEE_COLUMNS: Column[] = [{ kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'percent' }, { kind: 'integer' }, { kind: 'text' }, { kind: 'text', width: 18 }, { kind: 'date' }, { kind: 'text' }];

function traineeHeader(l: ExportLabels): Cell[] {
  return [l.employeeId, l.name, l.department, l.courseStatus, l.finalBestScore, l.finalAttempts, l.finalPassed, l.certificateCode, l.certificateIssued, l.identity];
}

function traineeCells(r: MatrixRow, l: ExportLabels): Cell[] {
  return [r.employeeId, r.name, r.department, l.statuses[r.status], r.final.bestScore, r.final.attempts, r.final.passed ? l.yes : l.no, r.certificate?.code ?? null, r.certificate?.issuedAt ?? null, r.identity ? l.identities[r.identity] : null];
}

/**
 * One row per trainee and module, the shape a spreadsheet filters and pivots best: the same
 * rows go to CSV and to the workbook's first sheet, so the two exports always agree.
 */
export function progressTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): ExportTable {
  const columns: Column[] = [...TRAINEE_COLUMNS, { kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'percent' }, { kind: 'integer' }, { kind: 'number' }, { kind: 'date' }, { kind: 'date' }];
  const out: Cell[][] = [[...traineeHeader(l), l.moduleId, l.module, l.status, l.bestScore, l.attempts, l.minutes, l.firstActivity, l.lastActivity]];
  for (const r of rows) {
    const trainee = traineeCells(r, l);
    for (const m of modules) {
      const c = r.modules[m.id];
      out.push([
        ...trainee,
        m.id,
        m.title[locale] ?? m.id,
        l.statuses[c?.status ?? 'not_started'],
        c?.bestScore ?? null,
        c?.attempts ?? 0,
        minutes(c?.timeSpentMs ?? 0),
        c?.firstActivity ?? null,
        c?.lastActivity ?? null,
      ]);
    }
  }
  return { columns, rows: out };
}

/** The matrix as HR sees it on screen: one row per trainee, one status column per module and its best score. */
export function matrixTable(rows: readonly MatrixRow[], modules: readonly CourseModuleInfo[], locale: string, l: ExportLabels): ExportTable {
  const header: Cell[] = traineeHeader(l);
  const columns: Column[] = [...TRAINEE_COLUMNS];
  for (const m of modules) {
    header.push(m.title[locale] ?? m.id, `${m.title[locale] ?? m.id} · ${l.bestScore}`);
    columns.push({ kind: 'text' }, { kind: 'percent' });
  }
  const out: Cell[][] = [header];
  for (const r of rows) {
    const line: Cell[] = traineeCells(r, l);
    for (const m of modules) line.push(l.statuses[r.modules[m.id]?.status ?? 'not_started'], r.modules[m.id]?.bestScore ?? null);
    out.push(line);
  }
  return { columns, rows: out };
}

/**
 * The table as CSV cells: percentages as whole percents (92, the header says %), dates as ISO 8601
 * instants with their offset, as stored.
 */
export function csvCells(table: ExportTable): Cell[][] {
  const percentAt = table.columns.map((c) => c.kind === 'percent');
  return table.rows.map((row, i) => (i === 0 ? row : row.map((v, c) => (percentAt[c] && typeof v === 'number' ? Math.round(v * 1000) / 10 : v))));
}
