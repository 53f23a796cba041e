import { expect, test } from 'vitest';
import { buildMatrix, type TraineeRecord } from './matrix';
import type { ModuleRecord } from './module-progress';
import { hrSummary } from './summary';

const modules = [
  { id: '00', hasQuiz: false, title: {} },
  { id: '01', hasQuiz: true, title: {} },
];
const p = (over: Partial<ModuleRecord>): ModuleRecord => ({ read: false, passed: false, bestScore: null, attempts: 0, timeSpentMs: 0, firstActivity: '2026-11-02T09:00:00Z', lastActivity: '2026-11-02T09:00:00Z', ...over });
const done = { '00': p({ read: true }), '01': p({ read: true, passed: true }) };
const trainees: TraineeRecord[] = [
  { employeeId: 'E1', name: 'a', department: 'A', modules: {} },
  { employeeId: 'E2', name: 'b', department: 'A', modules: { '00': p({ read: true }) } },
  { employeeId: 'E3', name: 'c', department: 'A', modules: { '00': p({ read: true }), '01': p({ read: true }) } },
  { employeeId: 'E4', name: 'd', department: 'B', modules: done, final: { bestScore: 0.5, attempts: 1, passed: false } },
  { employeeId: 'E5', name: 'e', department: 'B', modules: done, final: { bestScore: 0.9, attempts: 1, passed: true }, certificate: { code: 'X', issuedAt: '2026-11-03T10:00:00Z' } },
  { employeeId: 'E6', name: 'f', department: 'B', modules: done, final: { bestScore: 1, attempts: 1, passed: true }, certificate: { code: 'Y', issuedAt: '2026-11-05T10:00:00Z' } },
];

test('the funnel counts each trainee at the furthest stage; departments and completions over time', () => {
  const s = hrSummary(buildMatrix(trainees, modules), ['00', '01']);
  expect(s.funnel).toEqual({ not_started: 1, reading: 1, read: 1, passed: 1, certified: 2 });
  expect(s.departments).toEqual([
    { department: 'A', trainees: 3, completion: 0, averageScore: null },
    { department: 'B', trainees: 3, completion: 2 / 3, averageScore: (0.5 + 0.9 + 1) / 3 },
  ]);
  expect(s.completions).toEqual([
    { day: '2026-11-03', count: 1, total: 1 },
    { day: '2026-11-05', count: 1, total: 2 },
  ]);
});
