import type { Ending, ReplyStep } from './types';
import { keepValid, keepValidEntries, restoreStored, type Restored, type StoredFormat } from '../stored';
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
  /** Own-words mode: the trainee types each reply and the checker reads it. */
  ownWords?: boolean;
  /** Per turn, the step a typed reply was recognised as (null when picked from the list). */
  steps?: (ReplyStep | null)[];
  startedAt: string;
}

export interface FinishedRun {
  id: string;
  scenarioId: string;
  choices: number[];
  typed: string[];
  steps?: (ReplyStep | null)[];
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

/** Adds a turn; `step` is the recognised step of a reply typed in own-words mode. */
export function chooseReply(state: RoleplayState, scenarioId: string, choiceIndex: number, typed = '', step?: ReplyStep): RoleplayState {
  const run = state.active[scenarioId];
  if (!run) return state;
  const next: ActiveRun = { ...run, choices: [...run.choices, choiceIndex], typed: [...run.typed, typed] };
  if (step || run.steps) next.steps = [...(run.steps ?? run.choices.map(() => null)), step ?? null];
  return { ...state, active: { ...state.active, [scenarioId]: next } };
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
const stepNames = ['listen', 'sympathize', 'confirm', 'position', 'affirm', 'none'];
/** Optional recognised steps: absent, or one (step or null) per turn. */
const stepsFit = (steps: unknown, choices: unknown[]) =>
  steps === undefined || (Array.isArray(steps) && steps.length === choices.length && steps.every((x) => x === null || stepNames.includes(x as string)));

function isFinished(v: unknown): v is FinishedRun {
  return (
    isRecord(v) && typeof v.id === 'string' && typeof v.scenarioId === 'string' && isIndexList(v.choices) && isStringList(v.typed) && stepsFit(v.steps, v.choices as unknown[]) &&
    endings.includes(v.ending as string) && typeof v.score === 'number' && v.score >= 0 && v.score <= 100 &&
    typeof v.startedAt === 'string' && typeof v.endedAt === 'string'
  );
}

function isActive(scenarioId: string, v: unknown): v is ActiveRun {
  return (
    isRecord(v) && v.scenarioId === scenarioId && isIndexList(v.choices) && isStringList(v.typed) &&
    (v.feedback === 'now' || v.feedback === 'end') && typeof v.typeFirst === 'boolean' && typeof v.startedAt === 'string' &&
    (v.ownWords === undefined || typeof v.ownWords === 'boolean') && stepsFit(v.steps, v.choices as unknown[])
  );
}

/** Role-play runs as kept on the device: every valid run is kept, and the rest reported. */
export const roleplayFormat: StoredFormat<RoleplayState> = {
  version: ROLEPLAY_STATE_VERSION,
  migrations: {},
  empty: emptyRoleplayState,
  check(state) {
    if (!isRecord(state)) return undefined;
    const finished = keepValid(state.runs, isFinished);
    const active = keepValidEntries(state.active, isActive);
    return { state: { runs: finished.kept, active: active.kept }, lost: finished.dropped || active.dropped };
  },
};

/** Restores stored role-play runs. Never throws. */
export function restoreRoleplayState(raw: string | null, now = new Date().toISOString()): Restored<RoleplayState> {
  const { migratedFrom: _migrated, ...restored } = restoreStored(raw, roleplayFormat, now);
  return restored;
}
