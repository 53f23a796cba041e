import { hasUnsafeChars } from '../profile';
import { QA_MAX, type LiveError, type LiveSession, type QaEntry } from './session';

export const QA_TEXT_MAX = 280;

/** The Q&A round open now, if the current question is one. */
const openQa = (s: LiveSession) => {
  const q = s.questions.find((x) => x.id === s.currentId);
  return q?.kind === 'qa' && !s.ended ? q : undefined;
};

/** A phone asks a question in the open Q&A round (its own question starts with its own vote). */
export function askQuestion(s: LiveSession, pid: string, entryId: string, text: string, at: number): LiveSession | LiveError {
  if (s.ended) return 'ended';
  if (!s.participants[pid]) return 'name';
  const q = openQa(s);
  if (!q) return 'closed';
  const clean = text.trim();
  if (!clean || clean.length > QA_TEXT_MAX || hasUnsafeChars(clean)) return 'invalid_answer';
  const qa = s.qa ?? [];
  if (qa.length >= QA_MAX) return 'full';
  const entry: QaEntry = { id: entryId, qid: q.id, pid, text: clean, at, votes: [pid], answered: false };
  return { ...s, qa: [...qa, entry] };
}

/** A phone upvotes a question of the open round, or takes its vote back. */
export function toggleVote(s: LiveSession, pid: string, entryId: string): LiveSession | LiveError {
  if (!s.participants[pid]) return 'name';
  const q = openQa(s);
  const entry = s.qa?.find((e) => e.id === entryId);
  if (!q || !entry || entry.qid !== q.id) return 'closed';
  const votes = entry.votes.includes(pid) ? entry.votes.filter((v) => v !== pid) : [...entry.votes, pid];
  return { ...s, qa: s.qa!.map((e) => (e === entry ? { ...e, votes } : e)) };
}

/** The trainer marks a question answered (or not). */
export function markAnswered(s: LiveSession, entryId: string, answered: boolean): LiveSession {
  return { ...s, qa: (s.qa ?? []).map((e) => (e.id === entryId ? { ...e, answered } : e)) };
}

export interface QaView {
  id: string;
  text: string;
  votes: number;
  answered: boolean;
  /** Whether this phone voted for it (phones only). */
  mine?: boolean;
}

/** A round's questions, open ones first by votes, then answered ones; `pid` marks this phone's votes. */
export function qaList(s: LiveSession, qid: string, pid?: string, limit = 100): QaView[] {
  return (s.qa ?? [])
    .filter((e) => e.qid === qid)
    .sort((a, b) => Number(a.answered) - Number(b.answered) || b.votes.length - a.votes.length || a.at - b.at)
    .slice(0, limit)
    .map((e) => ({ id: e.id, text: e.text, votes: e.votes.length, answered: e.answered, ...(pid ? { mine: e.votes.includes(pid) } : {}) }));
}
