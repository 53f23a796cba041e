import { isRecord } from '../guards';
import type { StoredFormat } from '../stored';

/**
 * What the browser has already turned into statements, so a reload never records a thing twice:
 * modules read, the course completed, and the ids of quiz attempts, role-play runs and goals.
 */
export interface EmittedLedger {
  modulesRead: string[];
  courseCompleted: boolean;
  attempts: string[];
  runs: string[];
  goals: string[];
}

export const EMITTED_LEDGER_VERSION = 1;
export const emptyLedger: EmittedLedger = { modulesRead: [], courseCompleted: false, attempts: [], runs: [], goals: [] };

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The ledger as kept on the device. Before version 1 it was the bare object, without an envelope. */
export const ledgerFormat: StoredFormat<EmittedLedger> = {
  version: EMITTED_LEDGER_VERSION,
  unversioned: true,
  migrations: {
    0: { name: 'wrapInEnvelope', up: (state) => state },
  },
  empty: emptyLedger,
  check(state) {
    if (!isRecord(state)) return undefined;
    const ledger = { modulesRead: strings(state.modulesRead), courseCompleted: state.courseCompleted === true, attempts: strings(state.attempts), runs: strings(state.runs), goals: strings(state.goals) };
    return { state: ledger };
  },
};

/**
 * Forgets the ids of attempts, runs and goals the stores no longer hold (a goal deleted, a store
 * reset): nothing can be recorded for them again, so the ledger stays as small as the stores.
 */
export function pruneLedger(ledger: EmittedLedger, held: { attempts: readonly string[]; runs: readonly string[]; goals: readonly string[] }): EmittedLedger {
  const keep = (ids: readonly string[], present: readonly string[]) => {
    const set = new Set(present);
    return ids.filter((id) => set.has(id));
  };
  return { ...ledger, attempts: keep(ledger.attempts, held.attempts), runs: keep(ledger.runs, held.runs), goals: keep(ledger.goals, held.goals) };
}

/** Two tabs' ledgers as one: what either has recorded is recorded. */
export function joinLedgers(mine: EmittedLedger, theirs: EmittedLedger): EmittedLedger {
  const both = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    modulesRead: both(mine.modulesRead, theirs.modulesRead),
    courseCompleted: mine.courseCompleted || theirs.courseCompleted,
    attempts: both(mine.attempts, theirs.attempts),
    runs: both(mine.runs, theirs.runs),
    goals: both(mine.goals, theirs.goals),
  };
}
