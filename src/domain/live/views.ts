import { roomReplySplit, type RoomSplit } from '../roleplay/room-split';
import { counts, leaderboard, points, type LiveQuestion, type LiveSession } from './session';

/** What a question looks like on a phone: never the answer key before the reveal. */
export type PublicQuestion =
  | { id: string; kind: 'poll'; prompt: Record<string, string>; options: { id: string; text: Record<string, string> }[] }
  | { id: string; kind: 'quiz'; prompt: Record<string, string>; options: { id: string; text: Record<string, string> }[]; multiple: boolean; seconds: number; pushedAt: number }
  | { id: string; kind: 'smart'; prompt: Record<string, string> }
  | { id: string; kind: 'objection'; prompt: Record<string, string> };

function publicQuestion(q: LiveQuestion): PublicQuestion {
  if (q.kind === 'quiz') return { id: q.id, kind: 'quiz', prompt: q.prompt, options: q.options, multiple: q.multiple, seconds: q.seconds, pushedAt: q.pushedAt };
  if (q.kind === 'poll') return { id: q.id, kind: 'poll', prompt: q.prompt, options: q.options };
  return { id: q.id, kind: q.kind, prompt: q.prompt };
}

export interface ParticipantView {
  role: 'participant';
  code: string;
  name: string;
  ended: boolean;
  question?: PublicQuestion;
  answered: boolean;
  result?: { correct?: string[]; points?: number; rank?: number; of?: number; counts: Record<string, number>; answered: number };
}

export function participantView(s: LiveSession, pid: string): ParticipantView {
  const q = s.questions.find((x) => x.id === s.currentId);
  const mine = q ? s.answers[q.id]?.[pid] : undefined;
  const view: ParticipantView = { role: 'participant', code: s.code, name: s.participants[pid]?.name ?? '', ended: Boolean(s.ended), answered: Boolean(mine) };
  if (q) view.question = publicQuestion(q);
  if (q && s.revealed.includes(q.id)) {
    const c = counts(s, q.id);
    const board = leaderboard(s);
    const rank = board.findIndex((r) => r.pid === pid);
    view.result = {
      counts: c.byOption,
      answered: c.answered,
      ...(q.kind === 'quiz' ? { correct: q.correct, points: points(q, mine), rank: rank + 1, of: board.length } : {}),
    };
  }
  return view;
}

export interface TrainerView {
  role: 'trainer';
  code: string;
  moduleId: string;
  ended: boolean;
  participants: number;
  connected: number;
  question?: LiveQuestion;
  revealed: boolean;
  counts?: { answered: number; byOption: Record<string, number> };
  leaderboard: { name: string; points: number; correct: number }[];
  /** Recent SMART goals of the current goal call, for the room to see. */
  goals?: { name: string; text: string; metCount: number }[];
  /** For an objection: how the room's replies split by LSCPA step, with anonymous examples. */
  split?: RoomSplit;
}

export function trainerView(s: LiveSession, connected: number): TrainerView {
  const q = s.questions.find((x) => x.id === s.currentId);
  const view: TrainerView = {
    role: 'trainer',
    code: s.code,
    moduleId: s.moduleId,
    ended: Boolean(s.ended),
    participants: Object.keys(s.participants).length,
    connected,
    revealed: Boolean(q && s.revealed.includes(q.id)),
    leaderboard: leaderboard(s)
      .slice(0, 10)
      .map(({ name, points: p, correct }) => ({ name, points: p, correct })),
  };
  if (q) {
    view.question = q;
    view.counts = counts(s, q.id);
    if (q.kind === 'smart')
      view.goals = Object.entries(s.answers[q.id] ?? {})
        .map(([pid, a]) => ({ name: s.participants[pid]?.name ?? '', text: 'text' in a ? a.text : '', metCount: 'metCount' in a ? a.metCount : 0, at: a.at }))
        .sort((a, b) => b.at - a.at)
        .slice(0, 20)
        .map(({ name, text, metCount }) => ({ name, text, metCount }));
    if (q.kind === 'objection')
      view.split = roomReplySplit(
        Object.values(s.answers[q.id] ?? {}).flatMap((a) => ('step' in a ? [{ text: a.text, locale: a.locale }] : [])),
        { objection: q.objection },
      );
  }
  return view;
}

export interface ScreenView {
  role: 'screen';
  code: string;
  slide?: { moduleId: string; slideId: string; black: boolean };
}

export const screenView = (s: LiveSession): ScreenView => ({ role: 'screen', code: s.code, ...(s.slide ? { slide: s.slide } : {}) });
