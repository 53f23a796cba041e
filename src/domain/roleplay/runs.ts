import type { Ending } from './types';
import { keepValid, readStored } from '../stored';
import { isRecord } from '../guards';

export type FeedbackTiming = 'now' | 'end';

/** A run under way, kept so a reload continues the conversation. */
export interface ActiveRun {
  scenarioId: string;
  choices: number[];
  /** The trainee's own words per turn, in "type your answer first" mode. */
  typed: string[];
  feedback: FeedbackTiming;
  typeFirst: boolean;
  startedAt: string;
}

export interface FinishedRun {
  id: string;
  scenarioId: string;
  choices: number[];
  typed: string[];
  ending: Ending;
  score: number;
  startedAt: string;
  endedAt: string;
}

export interface RoleplayState {
  runs: FinishedRun[];
  active: Record<string, ActiveRun>;
}

export const emptyRoleplayState: RoleplayState = { runs: [], active: {} };
export const ROLEPLAY_STATE_VERSION = 1;

export function startRun(state: RoleplayState, run: Omit<ActiveRun, 'choices' | 'typed'>): RoleplayState {
  return { ...state, active: { ...state.active, [run.scenarioId]: { ...run, choices: [], typed: [] } } };
}

export function chooseReply(state: RoleplayState, scenarioId: string, choiceIndex: number, typed = ''): RoleplayState {
  const run = state.active[scenarioId];
  if (!run) return state;
  return { ...state, active: { ...state.active, [scenarioId]: { ...run, choices: [...run.choices, choiceIndex], typed: [...run.typed, typed] } } };
}

export function finishRun(state: RoleplayState, run: FinishedRun): RoleplayState {
  const { [run.scenarioId]: _done, ...active } = state.active;
  return { runs: [...state.runs, run], active };
}

export function discardRun(state: RoleplayState, scenarioId: string): RoleplayState {
  const { [scenarioId]: _gone, ...active } = state.active;
  return { ...state, active };
}

export function bestRun(runs: readonly FinishedRun[], scenarioId: string): FinishedRun | undefined {
  let best: FinishedRun | undefined;
  for (const r of runs) if (r.scenarioId === scenarioId && (!best || r.score > best.score)) best = r;
  return best;
}

const isIndexList = (v: unknown) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const endings = ['won', 'advanced', 'stalled', 'lost'];

function isFinished(v: unknown): v is FinishedRun {
  return (
    isRecord(v) && typeof v.id === 'string' && typeof v.scenarioId === 'string' && isIndexList(v.choices) && isStringList(v.typed) &&
    endings.includes(v.ending as string) && typeof v.score === 'number' && v.score >= 0 && v.score <= 100 &&
    typeof v.startedAt === 'string' && typeof v.endedAt === 'string'
  );
}

function isActive(v: unknown): v is ActiveRun {
  return (
    isRecord(v) && typeof v.scenarioId === 'string' && isIndexList(v.choices) && isStringList(v.typed) &&
    (v.feedback === 'now' || v.feedback === 'end') && typeof v.typeFirst === 'boolean' && typeof v.startedAt === 'string'
  );
}

/** Restores stored role-play runs, keeping every valid entry and saying when some were dropped. */
export function restoreRoleplayState(raw: string | null): { state: RoleplayState; recovered?: 'corrupt' | 'unknownVersion' | 'invalidShape' } {
  const read = readStored(raw, ROLEPLAY_STATE_VERSION);
  if (read.kind === 'empty') return { state: emptyRoleplayState };
  if (read.kind === 'recovered') return { state: emptyRoleplayState, recovered: read.reason };
  if (!isRecord(read.state)) return { state: emptyRoleplayState, recovered: 'invalidShape' };
  const { runs, active } = read.state;
  const finished = keepValid(runs, isFinished);
  const goodActive = isRecord(active) ? Object.fromEntries(Object.entries(active).filter(([k, a]) => isActive(a) && a.scenarioId === k)) : {};
  const lost = finished.dropped || !isRecord(active) || Object.keys(goodActive).length !== Object.keys(active).length;
  const state = { runs: finished.kept, active: goodActive as Record<string, ActiveRun> };
  return lost ? { state, recovered: 'invalidShape' } : { state };
}
