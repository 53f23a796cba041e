import { replyWarnings, type ReplyWarning } from '../roleplay/corpus';
import type { RoomSplit } from '../roleplay/room-split';
import type { ReplyStep } from '../roleplay/types';
import { qaList, type QaView } from './qa';
import { points } from './leaderboard';
import { publicQuestion, type PublicQuestion } from './public-question';
import { roomFacts, SCREEN_BOARD, type RoomFacts } from './room-facts';
import type { GoalReason, LiveQuestion, LiveSession, ScreenStage } from './session';
import type { CloudWord } from './word-cloud';
import { boardEntry, finalStanding, type FinalStanding } from './final-standing';
export type { FinalStanding } from './final-standing';
import { roomSummary, tookPart, type RoomSummary, type TookPart } from './took-part';

export interface ParticipantView {
  role: 'participant';
  code: string;
  name: string;
  ended: boolean;
  /** The server's clock when this view was made, so a phone can run the countdown on server time. */
  now: number;
  question?: PublicQuestion;
  answered: boolean;
  /** This phone's own answer. */
  mine?: { optionIds?: string[]; rating?: number; text?: string };
  result?: {
    correct?: string[];
    points?: number;
    rank?: number;
    of?: number;
    counts: Record<string, number>;
    answered: number;
    /** A goal call: this phone's verdict per SMART criterion, and why each one not met is not. */
    verdicts?: Record<string, string>;
    why?: Record<string, GoalReason>;
    cloud?: CloudWord[];
    /** An objection: how this phone's own reply was read (its LSCPA step and what to avoid). */
    reply?: { step: ReplyStep; warnings: ReplyWarning[] };
    /** An objection: the room's replies by LSCPA step, with a few anonymous examples, as the console shows them. */
    split?: RoomSplit;
  };
  qa?: QaView[];
  /**
   * Once the session has ended after a quiz item was revealed: where this seat finished on the
   * leaderboard (equal totals share a place) and who stands on the podium, as the audience screen shows it.
   */
  final?: FinalStanding;
  /** Once the session has ended: what this seat answered and asked, for the thank-you (with or without a standing). */
  tookPart?: TookPart;
}

export function participantView(s: LiveSession, pid: string, now: number, facts: RoomFacts = roomFacts(s)): ParticipantView {
  const q = facts.question;
  const a = q ? s.answers[q.id]?.[pid] : undefined;
  const view: ParticipantView = { role: 'participant', code: s.code, name: s.participants[pid]?.name ?? '', ended: Boolean(s.ended), now, answered: Boolean(a) };
  const final = s.ended ? finalStanding(s, pid, facts) : undefined;
  if (final) view.final = final;
  if (s.ended) view.tookPart = tookPart(s, pid);
  if (!q) return view;
  view.question = publicQuestion(q, pid);
  if (a) view.mine = 'optionIds' in a ? { optionIds: a.optionIds } : 'rating' in a ? { rating: a.rating } : { text: a.text };
  if (q.kind === 'qa') view.qa = qaList(s, q.id, pid);
  if (facts.revealed && facts.counts) {
    view.result = {
      counts: facts.counts.byOption,
      answered: facts.counts.answered,
      ...(q.kind === 'quiz' ? { correct: q.correct, points: points(q, a), rank: facts.ranks.get(pid) ?? 0, of: facts.board.length } : {}),
      ...(a && 'verdicts' in a ? { verdicts: a.verdicts, ...(a.why ? { why: a.why } : {}) } : {}),
      ...(facts.cloud ? { cloud: facts.cloud } : {}),
      ...(facts.split ? { split: facts.split } : {}),
      ...(a && 'step' in a ? { reply: { step: a.step, warnings: a.warnings.filter((w): w is ReplyWarning => (replyWarnings as readonly string[]).includes(w)) } } : {}),
    };
  }
  return view;
}

export interface TrainerView {
  role: 'trainer';
  code: string;
  moduleId: string;
  ended: boolean;
  now: number;
  stage: ScreenStage;
  participants: number;
  connected: number;
  /** Everyone seated, newest first, so the trainer can remove a seat. */
  people: { pid: string; name: string }[];
  question?: LiveQuestion;
  revealed: boolean;
  counts?: { answered: number; byOption: Record<string, number> };
  leaderboard: { name: string; points: number; correct: number; rank: number }[];
  /** Recent SMART goals of the current goal call, for the room to see. */
  goals?: { name: string; text: string; metCount: number }[];
  /** For an objection: how the room's replies split by LSCPA step, with anonymous examples. */
  split?: RoomSplit;
  cloud?: CloudWord[];
  qa?: QaView[];
  /** Once the session has ended: what the room did, for the console's closing words. */
  summary?: RoomSummary;
}

const newestFirst = (s: LiveSession) => Object.entries(s.participants).sort((a, b) => b[1].joinedAt - a[1].joinedAt);

export function trainerView(s: LiveSession, connected: number, now: number, facts: RoomFacts = roomFacts(s)): TrainerView {
  const q = facts.question;
  const view: TrainerView = {
    role: 'trainer',
    code: s.code,
    moduleId: s.moduleId,
    ended: Boolean(s.ended),
    now,
    stage: s.stage ?? 'join',
    participants: Object.keys(s.participants).length,
    connected,
    people: newestFirst(s).map(([pid, p]) => ({ pid, name: p.name })),
    revealed: facts.revealed,
    leaderboard: facts.board.slice(0, 10).map(({ name, points: p, correct, rank }) => ({ name, points: p, correct, rank })),
  };
  if (s.ended) view.summary = roomSummary(s);
  if (!q) return view;
  view.question = q;
  view.counts = facts.counts;
  if (facts.cloud) view.cloud = facts.cloud;
  if (q.kind === 'qa') view.qa = qaList(s, q.id);
  if (q.kind === 'smart')
    view.goals = Object.entries(s.answers[q.id] ?? {})
      .map(([pid, a]) => ({ name: s.participants[pid]?.name ?? '', text: 'text' in a ? a.text : '', metCount: 'metCount' in a ? a.metCount : 0, at: a.at }))
      .sort((a, b) => b.at - a.at)
      .slice(0, 20)
      .map(({ name, text, metCount }) => ({ name, text, metCount }));
  if (facts.split) view.split = facts.split;
  return view;
}

export interface ScreenView {
  role: 'screen';
  code: string;
  slide?: { moduleId: string; slideId: string; black: boolean };
  stage: ScreenStage;
  ended: boolean;
  now: number;
  participants: number;
  /** The newest names in the room, for the join screen. */
  names: string[];
  question?: PublicQuestion;
  revealed: boolean;
  answered: number;
  /** Per option or rating; for a quiz or a goal call only after the reveal, so the room is not steered. */
  counts?: Record<string, number>;
  correct?: string[];
  cloud?: CloudWord[];
  qa?: QaView[];
  board: { name: string; points: number; rank: number }[];
  /** Once the session has ended: what the room did, for the closing screen. */
  summary?: RoomSummary;
}

export function screenView(s: LiveSession, now: number, facts: RoomFacts = roomFacts(s)): ScreenView {
  const q = facts.question;
  const view: ScreenView = {
    role: 'screen',
    code: s.code,
    ...(s.slide ? { slide: s.slide } : {}),
    stage: s.stage ?? 'join',
    ended: Boolean(s.ended),
    now,
    participants: Object.keys(s.participants).length,
    names: newestFirst(s)
      .slice(0, 40)
      .map(([, p]) => p.name),
    revealed: facts.revealed,
    answered: facts.counts?.answered ?? 0,
    board: facts.board.slice(0, SCREEN_BOARD).map(boardEntry),
  };
  if (s.ended) view.summary = roomSummary(s);
  if (!q) return view;
  view.question = publicQuestion(q);
  const hidden = (q.kind === 'quiz' || q.kind === 'smart') && !facts.revealed;
  if (facts.counts && !hidden && q.kind !== 'objection') view.counts = facts.counts.byOption;
  if (q.kind === 'quiz' && facts.revealed) view.correct = q.correct;
  if (facts.cloud) view.cloud = facts.cloud;
  if (q.kind === 'qa') view.qa = qaList(s, q.id, undefined, 8);
  return view;
}
