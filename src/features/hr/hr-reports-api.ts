import type { CriterionStats, EndingStats, HrSummary, ItemStats, MatrixRow, TimelineEntry } from '../../domain';
import { call, HR_API, isObject, read } from './hr-http';

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
  /** `actorKey`: what a learner who never registered is looked up by, when their employee id does not lead to them. */
  trainee: { employeeId: string; name: string; department: string; registered: string | null; actorKey?: string };
  row: MatrixRow;
  /** Newest first. */
  timeline: TimelineEntry[];
}

export async function getProgress(query: string, signal?: AbortSignal): Promise<ProgressResponse> {
  const res = await call(`/progress${query ? `?${query}` : ''}`, { signal });
  return read<ProgressResponse>(res, (b) => Array.isArray(b.modules) && Array.isArray(b.departments) && Array.isArray(b.rows) && typeof b.total === 'number' && typeof b.matched === 'number');
}

export async function getTrainee(employeeId: string, signal?: AbortSignal): Promise<TraineeDetail> {
  const res = await call(`/trainees/${encodeURIComponent(employeeId)}`, { signal });
  return read<TraineeDetail>(res, (b) => isObject(b.trainee) && isObject(b.row) && Array.isArray(b.timeline));
}

export async function getSummary(signal?: AbortSignal): Promise<HrSummary> {
  const res = await call('/summary', { signal });
  return read<HrSummary>(res, (b) => isObject(b.funnel) && Array.isArray(b.departments) && Array.isArray(b.completions));
}

export async function getItems(signal?: AbortSignal): Promise<{ items: ItemStats[]; criteria?: CriterionStats[]; endings?: EndingStats[]; pending?: number }> {
  const res = await call('/items', { signal });
  return read<{ items: ItemStats[]; criteria?: CriterionStats[]; endings?: EndingStats[]; pending?: number }>(res, (b) => Array.isArray(b.items));
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
  /** `actorKey`: what a learner who never registered is looked up by (as on the matrix's rows). */
  overdue: { employeeId: string; name: string; department: string; items: number; since: string; actorKey?: string }[];
  /** Trainees whose latest answers are still being counted. */
  pending?: number;
}

/** Spaced review: retention per module beside completion, and trainees with overdue reviews. */
export async function getReviews(signal?: AbortSignal): Promise<ReviewsResponse> {
  const res = await call('/reviews', { signal });
  return read<ReviewsResponse>(res, (b) => Array.isArray(b.modules) && Array.isArray(b.overdue));
}
