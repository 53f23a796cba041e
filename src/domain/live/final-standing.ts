import type { BoardRow, LiveSession } from './session';
import type { RoomFacts } from './views';

/** A leaderboard row as a screen or a phone is sent it: the name, the points and the place, nothing else of the seat. */
export const boardEntry = ({ name, points, rank }: BoardRow) => ({ name, points, rank });

export interface FinalStanding {
  rank: number;
  of: number;
  points: number;
  podium: { name: string; points: number; rank: number }[];
}

/** A seat's final standing, when the session has ended and quiz points were given (revealed). */
export function finalStanding(s: LiveSession, pid: string, facts: RoomFacts): FinalStanding | undefined {
  const row = facts.seats.get(pid);
  const scored = s.questions.some((q) => q.kind === 'quiz' && s.revealed.includes(q.id));
  if (!s.ended || !row || !scored) return undefined;
  return { rank: row.rank, of: facts.board.length, points: row.points, podium: facts.podium.map(boardEntry) };
}

