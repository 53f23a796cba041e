import {
  csvCell,
  csvRow,
  hrSummary,
  matrixExport,
  matrixFilter,
  matrixOrder,
  matrixRow,
  progressExport,
  streamXlsxBatches,
  type Cell,
  type CourseModuleInfo,
  type MatrixFilter,
  type MatrixRow,
  type PageRequest,
  type SheetRow,
  type XlsxCompressor,
} from '../../domain';
import { EXPORT_LABELS } from './export-labels';
import { sortInSlices } from './sort-in-slices';
import type { RecordRef, ReportRecord, ReportRows } from './report-rows';

export type ExportKind = 'csv' | 'xlsx';

export interface ReportRequest {
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

const DEFAULT_PAGE: PageRequest = { page: 1, pageSize: Number.MAX_SAFE_INTEGER, sort: 'department', dir: 'asc' };
type Entry = MatrixRow & { ref: RecordRef };

/**
 * The rows a request keeps, in its order, without holding them: a first pass over every record
 * keeps only what sorting needs (the trainee's columns, and the module sorted by), and the rows
 * are read again a page at a time, in that order, when they are written.
 */
async function select(source: ReportRows, modules: readonly CourseModuleInfo[], r: ReportRequest) {
  const filter = r.scope ? { ...r.filter, department: r.scope } : r.filter;
  const keep = matrixFilter(filter);
  const page = r.page ?? DEFAULT_PAGE;
  const sortModule = page.sort.startsWith('module:') ? page.sort.slice('module:'.length) : null;
  const entries: Entry[] = [];
  const departments = new Set<string>();
  let total = 0;
  // Filtering and sorting by the trainee's own columns needs no progress: the first pass reads who, not what.
  const f = filter;
  const light = !(f.status || f.final || f.certificate || f.overdueIn || f.overdueCohorts || f.from || f.to) && ['department', 'name', 'employeeId'].includes(page.sort);
  for await (const record of light ? source.people() : source.all()) {
    if (r.scope && record.department !== r.scope) continue;
    total++;
    if (record.department) departments.add(record.department);
    const row = matrixRow(record, modules);
    if (!keep(row)) continue;
    const cell = sortModule ? row.modules[sortModule] : undefined;
    entries.push({ ...row, modules: cell ? { [sortModule!]: cell } : {}, ref: record.ref });
  }
  return { entries: await sortInSlices(entries, matrixOrder(page.sort, page.dir)), total, departments };
}

/**
 * The full rows of these entries, in their order, read a page at a time. The next page is asked
 * for before this one is handed on, so a database server reads it while the writer works.
 */
async function* rowsOf(source: ReportRows, modules: readonly CourseModuleInfo[], entries: readonly Entry[]): AsyncGenerator<MatrixRow> {
  const pageAt = (i: number) => {
    const read = source.byRefs(entries.slice(i, i + source.pageSize).map((e) => e.ref));
    // A reader that stops early leaves the page ahead unread: its failure then has no one to tell.
    read.catch(() => undefined);
    return read;
  };
  let ahead = entries.length > 0 ? pageAt(0) : undefined;
  for (let i = 0; ahead; i += source.pageSize) {
    const records = await ahead;
    ahead = i + source.pageSize < entries.length ? pageAt(i + source.pageSize) : undefined;
    for (const record of records) yield matrixRow(record, modules);
  }
}

/** Every record the request keeps, with its row of the matrix, in the source's order. */
async function* kept(source: ReportRows, modules: readonly CourseModuleInfo[], r: ReportRequest): AsyncGenerator<[ReportRecord, MatrixRow]> {
  const keep = matrixFilter(r.scope ? { ...r.filter, department: r.scope } : r.filter);
  for await (const record of source.all()) {
    if (r.scope && record.department !== r.scope) continue;
    const row = matrixRow(record, modules);
    if (keep(row)) yield [record, row];
  }
}

/** The dashboard's summary (funnel, departments, certificates per day) of the filtered matrix, as JSON. */
export async function summaryReport(source: ReportRows, modules: readonly CourseModuleInfo[], r: ReportRequest): Promise<string> {
  const rows: MatrixRow[] = [];
  for await (const [, row] of kept(source, modules, r)) rows.push(row);
  return JSON.stringify(hrSummary(rows, modules.map((m) => m.id)));
}

/** The actor keys of the learners the request keeps, as a JSON array: whose statements HR's statement export holds. */
export async function learnersReport(source: ReportRows, modules: readonly CourseModuleInfo[], r: ReportRequest): Promise<string> {
  const keys: string[] = [];
  for await (const [record] of kept(source, modules, r)) keys.push(record.ref.key);
  return JSON.stringify(keys);
}

/** The reports answered as one JSON text, by name. */
export const JSON_REPORTS = { progress: progressPage, summary: summaryReport, learners: learnersReport } as const;
export type JsonReport = keyof typeof JSON_REPORTS;

/** A page of the filtered, sorted matrix as the dashboard's JSON. */
export async function progressPage(source: ReportRows, modules: readonly CourseModuleInfo[], r: ReportRequest): Promise<string> {
  const { entries, total, departments } = await select(source, modules, r);
  const page = r.page ?? { ...DEFAULT_PAGE, pageSize: Math.max(1, entries.length) };
  const start = (page.page - 1) * page.pageSize;
  const rows: MatrixRow[] = [];
  for await (const row of rowsOf(source, modules, entries.slice(start, start + page.pageSize))) rows.push(row);
  return JSON.stringify({
    modules: modules.map((m) => ({ id: m.id, hasQuiz: m.hasQuiz })),
    departments: [...departments].sort(new Intl.Collator('zh-CN').compare),
    total,
    matched: entries.length,
    page: page.page,
    pageSize: page.pageSize,
    sort: page.sort,
    dir: page.dir,
    rows,
  });
}

/** Gathers small pieces into chunks of at least `min` bytes, so each crossing of a thread or socket carries a useful amount. */
export async function* coalesce(pieces: AsyncIterable<Uint8Array>, min = 256 * 1024): AsyncGenerator<Uint8Array> {
  let held: Uint8Array[] = [];
  let size = 0;
  const join = () => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of held) out.set(p, (at += p.length) - p.length);
    held = [];
    size = 0;
    return out;
  };
  for await (const p of pieces) {
    held.push(p);
    size += p.length;
    if (size >= min) yield join();
  }
  if (size > 0 || held.length > 0) yield join();
}

const encoder = new TextEncoder();

/**
 * HR's CSV or XLSX export of exactly what is filtered, in its order, as a stream of bytes: rows
 * are read a page at a time and handed to the writer one by one, so memory stays flat however
 * many trainees there are. The workbook has the progress rows and the on-screen matrix, written
 * side by side from the same pass.
 */
export async function* exportReport(
  source: ReportRows,
  modules: readonly CourseModuleInfo[],
  kind: ExportKind,
  r: ReportRequest,
  compressor?: XlsxCompressor,
): AsyncGenerator<Uint8Array> {
  const { entries } = await select(source, modules, r);
  const l = EXPORT_LABELS[r.lang];
  const progress = progressExport(modules, r.lang, l);
  if (kind === 'csv') {
    const line = (row: readonly Cell[]) => `${row.map(csvCell).join(',')}\r\n`;
    let text = `\uFEFF${line(progress.header())}`;
    for await (const row of rowsOf(source, modules, entries)) {
      for (const cells of progress.rows(row)) text += line(csvRow(cells, progress.columns));
      if (text.length > 64 * 1024) {
        yield encoder.encode(text);
        text = '';
      }
    }
    yield encoder.encode(text);
    return;
  }
  const matrix = matrixExport(modules, r.lang, l);
  // A page of trainees at a time: one turn of the writer's loop per page, not per row.
  async function* batches(): AsyncGenerator<SheetRow[]> {
    yield [
      [0, progress.header()],
      [1, matrix.header()],
    ];
    let batch: SheetRow[] = [];
    for await (const row of rowsOf(source, modules, entries)) {
      for (const cells of progress.rows(row)) batch.push([0, cells]);
      batch.push([1, matrix.row(row)]);
      if (batch.length >= 2048) {
        yield batch;
        batch = [];
      }
    }
    yield batch;
  }
  yield* coalesce(
    streamXlsxBatches(
      [
        { name: l.progressSheet, columns: progress.columns },
        { name: l.matrixSheet, columns: matrix.columns },
      ],
      batches(),
      { level: 1, timeZone: r.timeZone ?? reportTimeZone(), compressor, sharedStrings: true },
    ),
  );
}
