import { matrixOrder } from './matrix-sort';
import { recordStatus, type ModuleRecord, type RecordStatus } from './module-progress';

export interface CourseModuleInfo {
  id: string;
  hasQuiz: boolean;
  title: Record<string, string>;
}

export interface TraineeRecord {
  employeeId: string;
  name: string;
  department: string;
  /** The rollout wave HR put the trainee in, '' for none. */
  cohort?: string;
  modules: Record<string, ModuleRecord>;
  /** The final assessment's attempts (each `passed` or `failed` on it). */
  final?: FinalRecord;
  /** The latest certificate issued to the trainee, if any. */
  certificate?: CertificateRef | null;
  /** Who vouched for the name, employee id and department: the company's sign-in, or only the trainee (a pilot's self-registration). */
  identity?: IdentitySource;
  /**
   * The learner's xAPI actor key, when their employee id does not lead to them: someone who never
   * registered and is not an account under the company's home page (an LMS's learner, an email
   * address). Their details are looked up by it.
   */
  actorKey?: string;
}

/** `self-declared`: typed in by the trainee; `company`: from the company's sign-in. */
export type IdentitySource = 'self-declared' | 'company';

export interface FinalRecord {
  /** Best scaled score, 0…1; null before the first attempt. */
  bestScore: number | null;
  attempts: number;
  passed: boolean;
}

export interface CertificateRef {
  code: string;
  issuedAt: string;
}

export type FinalFilter = 'passed' | 'failed' | 'not_attempted';
export type CertificateFilter = 'issued' | 'none';

export interface MatrixCell extends ModuleRecord {
  status: RecordStatus;
}

export interface MatrixRow {
  employeeId: string;
  name: string;
  department: string;
  /** The trainee's cohort ('' for none). */
  cohort?: string;
  /** Unknown (null) for learners the records server never registered, such as an LMS's. */
  identity: IdentitySource | null;
  /**
   * The course, with the certificate's meaning of done: completed when every module is complete
   * (read and its quiz passed) and the final assessment is passed; not started when nothing has begun.
   */
  status: RecordStatus;
  /** Every module complete (the final assessment aside). */
  modulesComplete: boolean;
  final: FinalRecord;
  certificate: CertificateRef | null;
  firstActivity: string | null;
  lastActivity: string | null;
  modules: Record<string, MatrixCell>;
  /** As on the record: what to look this learner up by when their employee id does not lead to them. */
  actorKey?: string;
}

export interface MatrixFilter {
  department?: string;
  /** The course's status, or with `module` that module's. */
  status?: RecordStatus;
  module?: string;
  /** Active within [from, to]: ISO instants, either may be open. */
  from?: string;
  to?: string;
  /** Part of a name or an employee id, any case. */
  q?: string;
  final?: FinalFilter;
  certificate?: CertificateFilter;
  /** Only trainees of these departments (those past their due date) whose course is not complete. */
  overdueIn?: readonly string[];
  /** As `overdueIn`, for cohorts: with both, a trainee late by either is kept. */
  overdueCohorts?: readonly string[];
}

export const FINAL_FILTERS: readonly FinalFilter[] = ['passed', 'failed', 'not_attempted'];
export const CERTIFICATE_FILTERS: readonly CertificateFilter[] = ['issued', 'none'];
const NO_FINAL: FinalRecord = { bestScore: null, attempts: 0, passed: false };

export const RECORD_STATUSES: readonly RecordStatus[] = ['not_started', 'in_progress', 'completed'];

/** One trainee's row of the matrix: each module's status, the course's status, the final and the certificate. */
export function matrixRow(t: TraineeRecord, modules: readonly CourseModuleInfo[]): MatrixRow {
  const cells: Record<string, MatrixCell> = {};
  let first: string | null = null;
  let last: string | null = null;
  for (const m of modules) {
    const p = t.modules[m.id];
    if (!p) continue;
    cells[m.id] = { ...p, status: recordStatus(p, m.hasQuiz) };
    if (first === null || p.firstActivity < first) first = p.firstActivity;
    if (last === null || p.lastActivity > last) last = p.lastActivity;
  }
  const statuses = modules.map((m) => cells[m.id]?.status ?? 'not_started');
  const final = t.final ?? NO_FINAL;
  const modulesComplete = statuses.length > 0 && statuses.every((s) => s === 'completed');
  const begun = statuses.some((s) => s !== 'not_started') || final.attempts > 0;
  const status: RecordStatus = modulesComplete && final.passed ? 'completed' : begun ? 'in_progress' : 'not_started';
  return { employeeId: t.employeeId, name: t.name, department: t.department, cohort: t.cohort ?? '', identity: t.identity ?? null, status, modulesComplete, final, certificate: t.certificate ?? null, firstActivity: first, lastActivity: last, modules: cells, ...(t.actorKey ? { actorKey: t.actorKey } : {}) };
}


/** A predicate for the rows a filter keeps (for rows that arrive one at a time). */
export function matrixFilter(filter: MatrixFilter = {}): (r: MatrixRow) => boolean {
  const q = filter.q?.trim().toLowerCase();
  const from = filter.from ? Date.parse(filter.from) : undefined;
  const to = filter.to ? Date.parse(filter.to) : undefined;
  return (r) => {
    if (filter.department !== undefined && filter.department !== '' && r.department !== filter.department) return false;
    if (filter.status) {
      const status = filter.module ? (r.modules[filter.module]?.status ?? 'not_started') : r.status;
      if (status !== filter.status) return false;
    }
    if (from !== undefined || to !== undefined) {
      if (!r.firstActivity || !r.lastActivity) return false;
      if (from !== undefined && Date.parse(r.lastActivity) < from) return false;
      if (to !== undefined && Date.parse(r.firstActivity) > to) return false;
    }
    if (filter.final) {
      const outcome: FinalFilter = r.final.passed ? 'passed' : r.final.attempts > 0 ? 'failed' : 'not_attempted';
      if (outcome !== filter.final) return false;
    }
    if (filter.overdueIn || filter.overdueCohorts) {
      const late = r.status !== 'completed' && (!!filter.overdueIn?.includes(r.department) || (!!r.cohort && !!filter.overdueCohorts?.includes(r.cohort)));
      if (!late) return false;
    }
    if (filter.certificate && (r.certificate ? 'issued' : 'none') !== filter.certificate) return false;
    if (q && !r.name.toLowerCase().includes(q) && !r.employeeId.toLowerCase().includes(q)) return false;
    return true;
  };
}

/** The trainee × module matrix HR sees, filtered and sorted by department, then name. */
export function buildMatrix(trainees: readonly TraineeRecord[], modules: readonly CourseModuleInfo[], filter: MatrixFilter = {}): MatrixRow[] {
  return trainees
    .map((t) => matrixRow(t, modules))
    .filter(matrixFilter(filter))
    .sort(matrixOrder('department', 'asc'));
}

/** Reads a filter from query parameters, refusing what it cannot mean (an unknown status, a date that is no date). */
export function parseMatrixFilter(query: Record<string, string | undefined>): { filter: MatrixFilter } | { error: string } {
  const filter: MatrixFilter = {};
  const text = (k: 'department' | 'module' | 'q') => {
    const v = query[k];
    if (v !== undefined && v !== '') filter[k] = v.slice(0, 200);
  };
  text('department');
  text('module');
  text('q');
  if (query.status) {
    if (!(RECORD_STATUSES as string[]).includes(query.status)) return { error: `status must be one of ${RECORD_STATUSES.join(', ')}` };
    filter.status = query.status as RecordStatus;
  }
  if (query.final) {
    if (!(FINAL_FILTERS as string[]).includes(query.final)) return { error: `final must be one of ${FINAL_FILTERS.join(', ')}` };
    filter.final = query.final as FinalFilter;
  }
  if (query.certificate) {
    if (!(CERTIFICATE_FILTERS as string[]).includes(query.certificate)) return { error: `certificate must be one of ${CERTIFICATE_FILTERS.join(', ')}` };
    filter.certificate = query.certificate as CertificateFilter;
  }
  for (const k of ['from', 'to'] as const) {
    const v = query[k];
    if (!v) continue;
    if (!Number.isFinite(Date.parse(v))) return { error: `${k} must be a date` };
    filter[k] = v;
  }
  return { filter };
}
