/** Points for quiz answers, the leaderboard they make, and who stands on the podium. */
import { isRight } from './answers';
import type { LiveAnswer, LiveQuestion, LiveSession } from './session';

/** Points for a right answer given `elapsed` ms into a question of `seconds`: 1,000 at once, down to 500 at the time limit. */
export const pointsAt = (elapsed: number, seconds: number) => Math.round(1000 - 500 * Math.max(0, Math.min(1, elapsed / (seconds * 1000))));

/** Kahoot-style points for a quiz item: 1,000 for an instant right answer, down to 500 at the time limit. */
export function points(q: LiveQuestion, a: LiveAnswer | undefined): number {
  if (q.kind !== 'quiz' || !a || !('optionIds' in a) || !isRight(q, a.optionIds)) return 0;
  return pointsAt(a.at - q.pushedAt, q.seconds);
}

/** A seat on the leaderboard; `rank` is shared by equal totals (1, 2, 2, 4). */
export type BoardRow = { pid: string; name: string; points: number; correct: number; rank: number };

// One collator for every sort: `localeCompare` with a locale builds a new one per call, far too slow for a hall.
const byName = new Intl.Collator('zh-CN').compare;

/** The leaderboard over the revealed quiz items: total points, then name; equal totals share a rank. */
export function leaderboard(s: LiveSession): BoardRow[] {
  const revealedQuiz = s.questions.filter((q) => q.kind === 'quiz' && s.revealed.includes(q.id));
  const rows = Object.entries(s.participants)
    .map(([pid, p]) => {
      let total = 0;
      let correct = 0;
      for (const q of revealedQuiz) {
        const got = points(q, s.answers[q.id]?.[pid]);
        total += got;
        if (got > 0) correct += 1;
      }
      return { pid, name: p.name, points: total, correct, rank: 0 };
    })
    .sort((a, b) => b.points - a.points || byName(a.name, b.name));
  rows.forEach((row, i) => (row.rank = i > 0 && rows[i - 1]!.points === row.points ? rows[i - 1]!.rank : i + 1));
  return rows;
}

/** Who stands on the podium: the first three places, and only those who scored. */
export const podium = <R extends { points: number; rank: number }>(board: readonly R[]): R[] => board.filter((r) => r.points > 0 && r.rank <= 3);
