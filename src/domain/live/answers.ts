/** Answers to a live question: which ones are taken, how they are counted, when two say the same, when a quiz answer is right. */
import type { LiveAnswer, LiveError, LiveQuestion, LiveSession } from './session';

/** A phone's answer may reach the server this long after the countdown reached zero on its screen. */
export const LATE_GRACE_MS = 1000;

/** When a timed question stops taking answers (server time, ms), or undefined for untimed ones. */
export const closesAt = (q: LiveQuestion): number | undefined => (q.kind === 'quiz' ? q.pushedAt + q.seconds * 1000 : undefined);

function fits(q: LiveQuestion, value: LiveAnswer): boolean {
  if ('optionIds' in value) {
    if ((q.kind !== 'poll' && q.kind !== 'quiz') || value.optionIds.length === 0) return false;
    const ids = new Set(q.options.map((o) => o.id));
    return value.optionIds.every((id) => ids.has(id)) && (value.optionIds.length === 1 || (q.kind === 'quiz' && q.multiple));
  }
  if ('rating' in value) return q.kind === 'rating' && Number.isInteger(value.rating) && value.rating >= 1 && value.rating <= q.max;
  const kind = 'verdicts' in value ? 'smart' : 'step' in value ? 'objection' : 'open';
  return q.kind === kind && value.text.trim().length > 0;
}

/** Why an answer to the current question cannot be taken, 'duplicate' when the seat has answered already, or undefined. */
export function answerProblem(s: LiveSession, pid: string, qid: string, value: LiveAnswer): LiveError | 'duplicate' | undefined {
  if (s.ended) return 'ended';
  if (!s.participants[pid]) return 'name';
  const q = s.questions.find((x) => x.id === qid);
  if (!q) return 'unknown_question';
  if (s.currentId !== qid || s.revealed.includes(qid)) return 'closed';
  if (q.kind === 'qa' || !fits(q, value)) return 'invalid_answer';
  if (s.answers[qid]?.[pid]) return 'duplicate';
  const closing = closesAt(q);
  if (closing !== undefined && value.at > closing + LATE_GRACE_MS) return 'late';
  return undefined;
}

/** A participant's answer to the current question; the first one counts (a reload or a double tap changes nothing). */
export function answer(s: LiveSession, pid: string, qid: string, value: LiveAnswer): LiveSession | LiveError {
  const problem = answerProblem(s, pid, qid, value);
  if (problem === 'duplicate') return s;
  if (problem) return problem;
  return { ...s, answers: { ...s.answers, [qid]: { ...s.answers[qid], [pid]: value } } };
}

/** Writes an answer `answerProblem` found nothing wrong with into the room in place (the server's hot path, as `joinInPlace`). */
export function answerInPlace(s: LiveSession, pid: string, qid: string, value: LiveAnswer) {
  (s.answers[qid] ??= {})[pid] = value;
}

/** How many chose each option (polls and quiz items), each rating, took each LSCPA step, or met each SMART criterion. */
export function counts(s: LiveSession, qid: string): { answered: number; byOption: Record<string, number> } {
  const q = s.questions.find((x) => x.id === qid);
  const answers = Object.values(s.answers[qid] ?? {});
  const byOption: Record<string, number> = {};
  if (q && (q.kind === 'poll' || q.kind === 'quiz')) for (const o of q.options) byOption[o.id] = 0;
  if (q?.kind === 'rating') for (let r = 1; r <= q.max; r++) byOption[String(r)] = 0;
  for (const a of answers) {
    if ('optionIds' in a) for (const id of a.optionIds) byOption[id] = (byOption[id] ?? 0) + 1;
    else if ('rating' in a) byOption[String(a.rating)] = (byOption[String(a.rating)] ?? 0) + 1;
    else if ('step' in a) byOption[a.step] = (byOption[a.step] ?? 0) + 1;
    else if ('verdicts' in a) for (const [criterion, verdict] of Object.entries(a.verdicts)) if (verdict === 'met') byOption[criterion] = (byOption[criterion] ?? 0) + 1;
  }
  return { answered: answers.length, byOption };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether two answers say the same (what was chosen, rated or written, not when): the server
 * tells a phone that sends its seat's answer again (its acknowledgement was lost) that it is in,
 * and a second screen of the seat that sends another that it is not.
 */
export function sameAnswer(a: LiveAnswer, b: LiveAnswer): boolean {
  if ('optionIds' in a || 'optionIds' in b) return 'optionIds' in a && 'optionIds' in b && sameSet(a.optionIds, b.optionIds);
  if ('rating' in a || 'rating' in b) return 'rating' in a && 'rating' in b && a.rating === b.rating;
  return a.text === b.text;
}

/** A quiz answer is right when it chose exactly the right options. */
export const isRight = (q: Extract<LiveQuestion, { kind: 'quiz' }>, optionIds: readonly string[]) => sameSet(optionIds, q.correct);
