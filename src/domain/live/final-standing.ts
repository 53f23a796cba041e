import type { LiveSession } from './session';
import type { BoardRow } from './leaderboard';
import type { RoomFacts } from './room-facts';

/** A leaderboard row as a screen or a phone is sent it: the name, the points and the place, nothing else of the seat. */
export const boardEntry = ({ name, points, rank }: BoardRow) => ({ name, points, rank });

export interface FinalStanding {
  rank: number;
  of: number;
  points: number;
  podium: { name: string; points: number; rank: number }[];
}

/**
 * A seat's final standing, when the session has ended and someone scored quiz points: a room where
 * nobody scored has no order to tell (every seat would read "1st, with 0 points").
 */
export function finalStanding(s: LiveSession, pid: string, facts: RoomFacts): FinalStanding | undefined {
  const row = facts.seats.get(pid);
  if (!s.ended || !row || facts.podium.length === 0) return undefined;
  return { rank: row.rank, of: facts.board.length, points: row.points, podium: facts.podium.map(boardEntry) };
}

