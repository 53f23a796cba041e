import type { RecordStatus } from './module-progress';
import type { MatrixRow } from './matrix';

/** What HR can sort the matrix by: a column of the row, or `module:<id>` for a module's status and score. */
export type SortKey = 'department' | 'name' | 'employeeId' | 'status' | 'final' | 'certificate' | 'lastActivity' | `module:${string}`;
export type SortDir = 'asc' | 'desc';
export const SORT_KEYS = ['department', 'name', 'employeeId', 'status', 'final', 'certificate', 'lastActivity'] as const;
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageRequest {
  page: number;
  pageSize: number;
  sort: SortKey;
  dir: SortDir;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const STATUS_RANK: Record<RecordStatus, number> = { not_started: 0, in_progress: 1, completed: 2 };
const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : collator.compare(a, b));
const num = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b);

function compareBy(key: SortKey): (a: MatrixRow, b: MatrixRow) => number {
  if (key.startsWith('module:')) {
    const id = key.slice('module:'.length);
    return (a, b) =>
      STATUS_RANK[a.modules[id]?.status ?? 'not_started'] - STATUS_RANK[b.modules[id]?.status ?? 'not_started'] || num(a.modules[id]?.bestScore ?? null, b.modules[id]?.bestScore ?? null);
  }
  switch (key) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name);
    case 'employeeId':
      return (a, b) => collator.compare(a.employeeId, b.employeeId);
    case 'status':
      return (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case 'final':
      return (a, b) => num(a.final.bestScore, b.final.bestScore) || a.final.attempts - b.final.attempts;
    case 'certificate':
      return (a, b) => text(a.certificate?.issuedAt ?? null, b.certificate?.issuedAt ?? null);
    case 'lastActivity':
      return (a, b) => text(a.lastActivity, b.lastActivity);
    default:
      return (a, b) => collator.compare(a.department, b.department);
  }
}

/**
 * The matrix's order for a key in a direction; ties always fall back to department, name and
 * employee id (ascending), so a page boundary is stable whatever the sort.
 */
export function matrixOrder(sort: SortKey, dir: SortDir): (a: MatrixRow, b: MatrixRow) => number {
  const by = compareBy(sort);
  const sign = dir === 'desc' ? -1 : 1;
  return (a, b) => sign * by(a, b) || collator.compare(a.department, b.department) || collator.compare(a.name, b.name) || collator.compare(a.employeeId, b.employeeId);
}

/** Reads paging and sorting from query parameters, refusing what it cannot mean. */
export function parsePageRequest(query: Record<string, string | undefined>, moduleIds: readonly string[]): { page: PageRequest } | { error: string } {
  const int = (k: 'page' | 'pageSize', fallback: number) => {
    const v = query[k];
    if (v === undefined || v === '') return fallback;
    return /^\d{1,7}$/.test(v) ? Number(v) : NaN;
  };
  const page = int('page', 1);
  const pageSize = int('pageSize', DEFAULT_PAGE_SIZE);
  if (!(page >= 1)) return { error: 'page must be a whole number from 1' };
  if (!(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) return { error: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` };
  const sort = query.sort || 'department';
  const known = (SORT_KEYS as readonly string[]).includes(sort) || (sort.startsWith('module:') && moduleIds.includes(sort.slice('module:'.length)));
  if (!known) return { error: `sort must be one of ${SORT_KEYS.join(', ')} or module:<id>` };
  const dir = query.dir || 'asc';
  if (dir !== 'asc' && dir !== 'desc') return { error: 'dir must be asc or desc' };
  return { page: { page, pageSize, sort: sort as SortKey, dir } };
}
