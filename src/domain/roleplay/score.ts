import { isEnding, LSCPA, type Ending, type LscpaStep, type Quality, type ReplyStep, type RoleplayScenario } from './types';

export interface RunTurn {
  nodeId: string;
  choiceIndex: number;
  step: ReplyStep;
  quality: Quality;
}

export interface RunScore {
  turns: RunTurn[];
  /** Where the run stands: an ending, or the node waiting for a reply. */
  at: string;
  ending?: Ending;
  /** Each LSCPA step: done at all, and done in its place (after every earlier step that was done). */
  steps: Record<LscpaStep, { done: boolean; inOrder: boolean }>;
  qualities: Record<Quality, number>;
  /** 0–100: 50 for the steps (in order 1, out of order ½), 30 for the replies (best 1, ok ½), 20 for the ending. */
  total: number;
  /** Set when a choice does not exist (a stale or tampered run); the run stops there. */
  invalidAt?: number;
}

const ENDING_VALUE: Record<Ending, number> = { won: 1, advanced: 0.6, stalled: 0.25, lost: 0 };
const QUALITY_VALUE: Record<Quality, number> = { best: 1, ok: 0.5, poor: 0 };

/**
 * Scores a played path: the replies chosen, by index, from the start. Never throws; an index that
 * does not exist ends the run there and is reported. `recognised` holds, per turn, the step a reply
 * typed in the trainee's own words was recognised as; it replaces the scripted reply's step.
 */
export function scoreRun(s: RoleplayScenario, choices: readonly number[], recognised?: readonly (ReplyStep | null)[]): RunScore {
  const turns: RunTurn[] = [];
  let at = s.start;
  let invalidAt: number | undefined;
  for (let i = 0; i < choices.length; i++) {
    const node = s.nodes[at];
    const choice = node && !isEnding(node) ? node.choices[choices[i]!] : undefined;
    if (!choice) {
      invalidAt = i;
      break;
    }
    turns.push({ nodeId: at, choiceIndex: choices[i]!, step: recognised?.[i] ?? choice.step, quality: choice.quality });
    at = choice.next;
  }
  const end = s.nodes[at];
  const ending = isEnding(end) ? end.ending : undefined;

  const first = new Map<LscpaStep, number>();
  turns.forEach((t, i) => {
    if (t.step !== 'none' && !first.has(t.step)) first.set(t.step, i);
  });
  const steps = Object.fromEntries(
    LSCPA.map((step, k) => {
      const done = first.has(step);
      const inOrder = done && LSCPA.every((other, j) => {
        if (!first.has(other) || j === k) return true;
        return j < k ? first.get(other)! < first.get(step)! : first.get(other)! > first.get(step)!;
      });
      return [step, { done, inOrder }];
    }),
  ) as RunScore['steps'];

  const qualities: Record<Quality, number> = { best: 0, ok: 0, poor: 0 };
  for (const t of turns) qualities[t.quality]++;
  const stepScore = LSCPA.reduce((sum, step) => sum + (steps[step].inOrder ? 1 : steps[step].done ? 0.5 : 0), 0) / LSCPA.length;
  const qualityScore = turns.length ? turns.reduce((sum, t) => sum + QUALITY_VALUE[t.quality], 0) / turns.length : 0;
  const total = Math.round(50 * stepScore + 30 * qualityScore + 20 * (ending ? ENDING_VALUE[ending] : 0));
  return { turns, at, ...(ending ? { ending } : {}), steps, qualities, total, ...(invalidAt !== undefined ? { invalidAt } : {}) };
}
