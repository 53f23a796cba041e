import { endSessionAddress } from '../../domain';
import type { CriterionStats, EndingStats, GrantableRole, HrSummary, ItemStats, MatrixRow, RoleGrant, TimelineEntry } from '../../domain';

/** The HR records API (src/server/hr). The session is an HttpOnly cookie; only the CSRF token is seen here. */
export const HR_API = '/hr/api';

export interface HrSession {
  user: string;
  csrf: string;
  /** Set when the session sees one department only (a manager's). */
  department?: string;
  /** The signed-in user's roles, as the server has them (an admin may remove and merge self-declared identities). */
  roles?: string[];
  /** The generated local account: an admin kept for emergencies, not for every day. */
  breakGlass?: boolean;
}

export interface ProgressModule {
  id: string;
  hasQuiz: boolean;
}

export interface ProgressResponse {
  modules: ProgressModule[];
  departments: string[];
  /** Every trainee, before filtering. */
  total: number;
  /** How many trainees the filters keep. */
  matched: number;
  page: number;
  pageSize: number;
  /** One page of the trainees the filters keep, sorted by the server. */
  rows: MatrixRow[];
}

export interface TraineeDetail {
  trainee: { employeeId: string; name: string; department: string; registered: string | null };
  row: MatrixRow;
  /** Newest first. */
  timeline: TimelineEntry[];
}

export type HrErrorKind = 'unauthorized' | 'forbidden' | 'invalid_credentials' | 'rate_limited' | 'bad_request' | 'not_found' | 'network' | 'server';

/** A failed call, named so the page can say what happened in the user's language. */
export class HrApiError extends Error {
  constructor(
    readonly kind: HrErrorKind,
    /** Seconds to wait, for `rate_limited`. */
    readonly retryAfter?: number,
    /** The server's named reason, for a refusal the page explains specifically (`same_identity`, `due_out_of_range`…). */
    readonly code?: string,
    /** Employee ids the refusal names, when it names some (`no_registered_ids`). */
    readonly unknown?: readonly string[],
  ) {
    super(kind);
    this.name = 'HrApiError';
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${HR_API}${path}`, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new HrApiError('network');
  }
  if (res.ok) return res;
  const body: unknown = await res.json().catch(() => undefined);
  const code = isObject(body) ? body.error : undefined;
  switch (res.status) {
    case 401:
      throw new HrApiError(code === 'invalid_credentials' ? 'invalid_credentials' : 'unauthorized');
    case 429: {
      const header = Number(res.headers.get('Retry-After'));
      const seconds = isObject(body) && typeof body.retryAfter === 'number' ? body.retryAfter : Number.isFinite(header) && header > 0 ? header : 60;
      throw new HrApiError('rate_limited', seconds);
    }
    case 400:
      throw new HrApiError('bad_request', undefined, typeof code === 'string' ? code : undefined, isObject(body) && Array.isArray(body.unknown) ? body.unknown.filter((x): x is string => typeof x === 'string') : undefined);
    case 404:
      throw new HrApiError('not_found');
    case 409:
      throw new HrApiError('server', undefined, typeof code === 'string' ? code : undefined);
    case 403:
      // Signed in, but the account is not HR's, a manager's or an admin's.
      if (code === 'forbidden') throw new HrApiError('forbidden');
      throw new HrApiError('server');
    default:
      throw new HrApiError('server');
  }
}

/** The body, when it has the expected shape; anything else is the server's fault, not a crash. */
async function read<T>(res: Response, valid: (body: Record<string, unknown>) => boolean): Promise<T> {
  const body: unknown = await res.json().catch(() => undefined);
  if (!isObject(body) || !valid(body)) throw new HrApiError('server');
  return body as T;
}

const isSession = (b: Record<string, unknown>) => typeof b.user === 'string' && typeof b.csrf === 'string';

/** The signed-in HR user, or null when nobody is signed in. */
export async function getSession(): Promise<HrSession | null> {
  try {
    return await read<HrSession>(await call('/session'), isSession);
  } catch (error) {
    if (error instanceof HrApiError && error.kind === 'unauthorized') return null;
    throw error;
  }
}

export async function login(user: string, password: string): Promise<HrSession> {
  const res = await call('/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password }) });
  return read<HrSession>(res, isSession);
}

/**
 * Ends the HR session. A company sign-in is also ended at the company's provider: the answer
 * then names its end-session address, where the browser goes next (only a web address is kept).
 */
export async function logout(csrf: string): Promise<{ endSessionUrl?: string }> {
  const res = await call('/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
  if (res.status !== 200) return {};
  const endSessionUrl = endSessionAddress(await res.json().catch(() => undefined));
  if (!endSessionUrl) throw new HrApiError('server');
  return { endSessionUrl };
}

export async function getProgress(query: string, signal?: AbortSignal): Promise<ProgressResponse> {
  const res = await call(`/progress${query ? `?${query}` : ''}`, { signal });
  return read<ProgressResponse>(res, (b) => Array.isArray(b.modules) && Array.isArray(b.departments) && Array.isArray(b.rows) && typeof b.total === 'number' && typeof b.matched === 'number');
}

export async function getTrainee(employeeId: string, signal?: AbortSignal): Promise<TraineeDetail> {
  const res = await call(`/trainees/${encodeURIComponent(employeeId)}`, { signal });
  return read<TraineeDetail>(res, (b) => isObject(b.trainee) && isObject(b.row) && Array.isArray(b.timeline));
}

/** Admin only: removes a self-declared identity (its tokens, certificates and matrix row). */
export async function removeTrainee(employeeId: string, csrf: string): Promise<void> {
  await call(`/trainees/${encodeURIComponent(employeeId)}`, { method: 'DELETE', headers: { 'X-CSRF-Token': csrf } });
}

/** Admin only: moves a self-declared identity's records to another identity and removes it. */
export async function mergeTrainee(employeeId: string, into: string, csrf: string): Promise<void> {
  await call(`/trainees/${encodeURIComponent(employeeId)}/merge`, { method: 'POST', headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ into }) });
}

export async function getSummary(signal?: AbortSignal): Promise<HrSummary> {
  const res = await call('/summary', { signal });
  return read<HrSummary>(res, (b) => isObject(b.funnel) && Array.isArray(b.departments) && Array.isArray(b.completions));
}

export interface SavedView {
  name: string;
  /** The dashboard's search without `?`: filters and sort. */
  query: string;
}

const isViews = (b: Record<string, unknown>) => Array.isArray(b.views);

export async function getViews(signal?: AbortSignal): Promise<{ views: SavedView[] }> {
  return read(await call('/views', { signal }), isViews);
}

export async function saveView(csrf: string, view: SavedView): Promise<{ views: SavedView[] }> {
  return read(await call('/views', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(view) }), isViews);
}

export async function deleteView(csrf: string, name: string): Promise<{ views: SavedView[] }> {
  return read(await call(`/views/${encodeURIComponent(name)}`, { method: 'DELETE', headers: { 'X-CSRF-Token': csrf } }), isViews);
}

export interface DueDates {
  dueDates: { department: string; due: string }[];
  /** The server's UTC day: a department is overdue once its day is before this. */
  today: string;
}
const isDue = (b: Record<string, unknown>) => Array.isArray(b.dueDates) && typeof b.today === 'string';

export async function getDueDates(signal?: AbortSignal): Promise<DueDates> {
  return read(await call('/due-dates', { signal }), isDue);
}

export async function setDueDate(csrf: string, department: string, due: string): Promise<DueDates> {
  return read(await call('/due-dates', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify({ department, due }) }), isDue);
}

export interface Cohorts {
  cohorts: { cohort: string; members: number; due: string | null }[];
  /** The server's UTC day: a cohort is overdue once its day is before this. */
  today: string;
  /** Employee ids just listed that belong to no registered trainee. */
  unknown: string[];
  /** Trainees the save took from another cohort (one cohort per trainee), with the cohort they left. */
  moved?: { employeeId: string; from: string }[];
}
const isCohorts = (b: Record<string, unknown>) => Array.isArray(b.cohorts) && typeof b.today === 'string';
const putJson = (csrf: string, body: unknown) => ({ method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });

export async function getCohorts(signal?: AbortSignal): Promise<Cohorts> {
  return read(await call('/cohorts', { signal }), isCohorts);
}

/** Replaces a cohort's members; refused when the list is empty or names no registered trainee (nothing changes then). */
export async function setCohortMembers(csrf: string, cohort: string, employeeIds: string[]): Promise<Cohorts> {
  return read(await call('/cohorts', putJson(csrf, { cohort, employeeIds })), isCohorts);
}

export async function setCohortDue(csrf: string, cohort: string, due: string): Promise<Cohorts> {
  return read(await call('/cohorts/due', putJson(csrf, { cohort, due })), isCohorts);
}

export async function getItems(signal?: AbortSignal): Promise<{ items: ItemStats[]; criteria?: CriterionStats[]; endings?: EndingStats[] }> {
  const res = await call('/items', { signal });
  return read<{ items: ItemStats[]; criteria?: CriterionStats[]; endings?: EndingStats[] }>(res, (b) => Array.isArray(b.items));
}

/** Download links: plain GETs, so the session cookie goes along and the browser saves the file. */
export const exportHref = {
  csv: (query: string, lang: string) => `${HR_API}/export.csv?${withParam(query, 'lang', lang)}`,
  xlsx: (query: string, lang: string) => `${HR_API}/export.xlsx?${withParam(query, 'lang', lang)}`,
  itemsCsv: (lang: string) => `${HR_API}/items.csv?lang=${encodeURIComponent(lang)}`,
  itemsXlsx: (lang: string) => `${HR_API}/items.xlsx?lang=${encodeURIComponent(lang)}`,
  ndjson: (query: string) => `${HR_API}/statements.ndjson${query ? `?${query}` : ''}`,
};

function withParam(query: string, key: string, value: string): string {
  const params = new URLSearchParams(query);
  params.set(key, value);
  return params.toString();
}

export interface ReviewsResponse {
  modules: { id: string; completed: number; retention: { answered: number; right: number; share: number | null } }[];
  overdue: { employeeId: string; name: string; department: string; items: number; since: string }[];
}

/** Spaced review: retention per module beside completion, and trainees with overdue reviews. */
export async function getReviews(signal?: AbortSignal): Promise<ReviewsResponse> {
  const res = await call('/reviews', { signal });
  return read<ReviewsResponse>(res, (b) => Array.isArray(b.modules) && Array.isArray(b.overdue));
}

/** Admin only: every role granted beyond the company sign-in's. */
export async function getRoleGrants(signal?: AbortSignal): Promise<{ grants: RoleGrant[] }> {
  return read(await call('/roles', { signal }), (b) => Array.isArray(b.grants));
}

/** Admin only: replaces an employee's granted roles (an empty list removes them); applies from their next sign-in. */
export async function setRoleGrants(csrf: string, employeeId: string, roles: readonly GrantableRole[]): Promise<void> {
  await call(`/roles/${encodeURIComponent(employeeId)}`, putJson(csrf, { roles }));
}
