import type { MatrixRow } from './matrix';

export type FunnelStage = 'not_started' | 'reading' | 'read' | 'passed' | 'certified';
export const FUNNEL_STAGES: readonly FunnelStage[] = ['not_started', 'reading', 'read', 'passed', 'certified'];

export interface DepartmentSummary {
  department: string;
  trainees: number;
  /** Share of the department's trainees whose course is complete (certificate earned). */
  completion: number;
  /** Mean of the trainees' best final assessment scores, over those who took it; null when none did. */
  averageScore: number | null;
}

export interface HrSummary {
  /** How many trainees have reached each stage (each counts at the furthest stage reached). */
  funnel: Record<FunnelStage, number>;
  departments: DepartmentSummary[];
  /** Certificates issued per day (the issue date's UTC day, `YYYY-MM-DD`), oldest first, with the running total. */
  completions: { day: string; count: number; total: number }[];
}

function stageOf(r: MatrixRow, moduleIds: readonly string[]): FunnelStage {
  if (r.status === 'completed') return 'certified';
  if (r.modulesComplete) return 'passed';
  if (moduleIds.length > 0 && moduleIds.every((id) => r.modules[id]?.read)) return 'read';
  return r.status === 'not_started' ? 'not_started' : 'reading';
}

/** The figures behind HR's charts: the funnel, completion and average score by department, completions over time. */
export function hrSummary(rows: readonly MatrixRow[], moduleIds: readonly string[]): HrSummary {
  const funnel = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Record<FunnelStage, number>;
  const byDepartment = new Map<string, { trainees: number; complete: number; scores: number[] }>();
  const perDay = new Map<string, number>();
  for (const r of rows) {
    funnel[stageOf(r, moduleIds)] += 1;
    const d = byDepartment.get(r.department) ?? { trainees: 0, complete: 0, scores: [] };
    byDepartment.set(r.department, d);
    d.trainees += 1;
    if (r.status === 'completed') d.complete += 1;
    if (r.final.bestScore !== null) d.scores.push(r.final.bestScore);
    if (r.certificate) {
      const day = new Date(r.certificate.issuedAt).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('zh-CN');
  const departments = [...byDepartment.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([department, d]) => ({
      department,
      trainees: d.trainees,
      completion: d.complete / d.trainees,
      averageScore: d.scores.length ? d.scores.reduce((a, b) => a + b, 0) / d.scores.length : null,
    }));
  let total = 0;
  const completions = [...perDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count, total: (total += count) }));
  return { funnel, departments, completions };
}
