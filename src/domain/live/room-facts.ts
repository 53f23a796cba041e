import { roomReplySplit, type RoomSplit } from '../roleplay/room-split';
import { counts } from './answers';
import { leaderboard, podium, type BoardRow } from './leaderboard';
import type { LiveQuestion, LiveSession } from './session';
import { wordCloud, type CloudWord } from './word-cloud';

/**
 * What every view of the room shares, worked out once per broadcast rather than once per phone,
 * and only when a view asks for it: a phone's view before the reveal needs neither the counts nor
 * the leaderboard, and an answer in a hall of 1,000 must not cost a sort of 1,000 seats.
 */
export interface RoomFacts {
  readonly question?: LiveQuestion;
  readonly revealed: boolean;
  readonly counts?: { answered: number; byOption: Record<string, number> };
  readonly board: BoardRow[];
  /** Each seat's place on the board (1 is first; equal totals share a place). */
  readonly ranks: ReadonlyMap<string, number>;
  /** Each seat's row on the board, for its final standing. */
  readonly seats: ReadonlyMap<string, BoardRow>;
  /** Who stands on the podium, as the audience screen shows it from the top five of the board. */
  readonly podium: readonly BoardRow[];
  readonly cloud?: CloudWord[];
  /** An objection: how the room's replies split by LSCPA step (each reply read once per broadcast, not once per phone). */
  readonly split?: RoomSplit;
}

/** How many rows of the leaderboard the audience screen shows. */
export const SCREEN_BOARD = 5;

export function roomFacts(s: LiveSession): RoomFacts {
  const q = s.questions.find((x) => x.id === s.currentId);
  let board: BoardRow[] | undefined;
  let ranks: Map<string, number> | undefined;
  let seats: Map<string, BoardRow> | undefined;
  let top: BoardRow[] | undefined;
  let tally: RoomFacts['counts'];
  let cloud: CloudWord[] | undefined;
  let split: RoomSplit | undefined;
  return {
    question: q,
    revealed: Boolean(q && s.revealed.includes(q.id)),
    get board() {
      return (board ??= leaderboard(s));
    },
    get ranks() {
      return (ranks ??= new Map(this.board.map((row) => [row.pid, row.rank])));
    },
    get seats() {
      return (seats ??= new Map(this.board.map((row) => [row.pid, row])));
    },
    get podium() {
      return (top ??= podium(this.board.slice(0, SCREEN_BOARD)));
    },
    get counts() {
      return q ? (tally ??= counts(s, q.id)) : undefined;
    },
    get cloud() {
      return q?.kind === 'open' ? (cloud ??= wordCloud(Object.values(s.answers[q.id] ?? {}).map((a) => ('words' in a ? a.words : [])))) : undefined;
    },
    get split() {
      return q?.kind === 'objection'
        ? (split ??= roomReplySplit(
            Object.values(s.answers[q.id] ?? {}).flatMap((a) => ('step' in a ? [{ text: a.text, locale: a.locale }] : [])),
            { objection: q.objection },
          ))
        : undefined;
    },
  };
}
