import { call, putJson, read } from './hr-http';

// What HR keeps on the server from the dashboard: saved views, department due days and cohorts.

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
