import { CERTIFICATE_FILTERS, FINAL_FILTERS, RECORD_STATUSES, SORT_KEYS, type CertificateFilter, type FinalFilter, type RecordStatus, type SortDir } from '../../domain';

/** The dashboard's filters as the URL keeps them: days are the browser's local days (`2026-03-01`). */
export interface HrFilters {
  department: string;
  status: RecordStatus | '';
  /** The module the status applies to; empty for the whole course. */
  module: string;
  from: string;
  to: string;
  q: string;
  final: FinalFilter | '';
  certificate: CertificateFilter | '';
  /** `yes`: only trainees of departments past their due day whose course is not complete. */
  overdue: 'yes' | '';
}

export const noFilters: HrFilters = { department: '', status: '', module: '', from: '', to: '', q: '', final: '', certificate: '', overdue: '' };

/** How the matrix is ordered and which page shows; kept in the URL beside the filters. */
export interface HrView {
  /** A sort key the API takes (`name`, `module:01-foundations`…); empty for department then name. */
  sort: string;
  dir: SortDir;
  page: number;
}

export const PAGE_SIZE = 100;

export function readView(params: URLSearchParams): HrView {
  const sort = params.get('sort') ?? '';
  const page = Number(params.get('page'));
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort) || /^module:[\w-]+$/.test(sort) ? sort : '',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL's search for filters and a view, defaults left out. */
export function viewSearch(filters: HrFilters, view: HrView): string {
  const params = new URLSearchParams(filterSearch(filters));
  if (view.sort) params.set('sort', view.sort);
  if (view.sort && view.dir === 'desc') params.set('dir', 'desc');
  if (view.page > 1) params.set('page', String(view.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The API's sort (exports are sorted the same way) and, for the matrix, the page. */
export function sortQuery(view: HrView, paged: boolean): string {
  const params = new URLSearchParams();
  if (view.sort) params.set('sort', view.sort);
  if (view.sort && view.dir === 'desc') params.set('dir', 'desc');
  if (paged) {
    params.set('page', String(view.page));
    params.set('pageSize', String(PAGE_SIZE));
  }
  return params.toString();
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local day a `YYYY-MM-DD` names, at `h:m:s.ms`; undefined when there is no such day. */
function localTime(day: string, h: number, m: number, s: number, ms: number): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [y, mo, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(y, mo, d, h, m, s, ms);
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date : undefined;
}

/** The filters a URL asks for; what it cannot mean (an unknown status, a day that is no day) is dropped. */
export function readFilters(params: URLSearchParams): HrFilters {
  const text = (key: string) => params.get(key) ?? '';
  const day = (key: string) => (localTime(text(key), 0, 0, 0, 0) ? text(key) : '');
  const status = text('status');
  const final = text('final');
  const certificate = text('certificate');
  return {
    overdue: params.get('overdue') === 'yes' ? 'yes' : '',
    final: (FINAL_FILTERS as readonly string[]).includes(final) ? (final as FinalFilter) : '',
    certificate: (CERTIFICATE_FILTERS as readonly string[]).includes(certificate) ? (certificate as CertificateFilter) : '',
    department: text('department'),
    status: (RECORD_STATUSES as readonly string[]).includes(status) ? (status as RecordStatus) : '',
    module: text('module'),
    from: day('from'),
    to: day('to'),
    q: text('q'),
  };
}

/** The URL's search for these filters, empty ones left out: `?department=…&q=…` or ''. */
export function filterSearch(filters: HrFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== '') params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const datesReversed = (f: HrFilters) => f.from !== '' && f.to !== '' && f.from > f.to;

export const hasFilters = (f: HrFilters) => Object.values(f).some((v) => v !== '');

/**
 * The query the API and the exports take: the same filters, with `from` the start and `to` the
 * end of the chosen days in this browser's time zone. A reversed range is left out, not sent.
 */
export function apiQuery(f: HrFilters): string {
  const params = new URLSearchParams();
  if (f.department) params.set('department', f.department);
  if (f.status) params.set('status', f.status);
  if (f.module) params.set('module', f.module);
  if (f.final) params.set('final', f.final);
  if (f.certificate) params.set('certificate', f.certificate);
  if (f.overdue) params.set('overdue', f.overdue);
  if (!datesReversed(f)) {
    const from = localTime(f.from, 0, 0, 0, 0);
    const to = localTime(f.to, 23, 59, 59, 999);
    if (from) params.set('from', from.toISOString());
    if (to) params.set('to', to.toISOString());
  }
  const q = f.q.trim();
  if (q) params.set('q', q);
  return params.toString();
}
