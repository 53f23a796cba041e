import { seededRandom, shuffled } from '../quiz/random';

/**
 * Each phone sees a question's options in its own order, so the room cannot copy the first
 * answer on a neighbor's screen. The order is a pure function of the question and the seat:
 * the same phone after a reload sees the same order, and the server can say which order a
 * seat was shown when it records the answer.
 */

/** The order in which seat `pid` sees the option ids of question `qid`: the quizzes' seeded shuffle, seeded per seat. */
export function seatOrder(qid: string, pid: string, ids: readonly string[]): string[] {
  return shuffled(ids, seededRandom(`${qid}\u0000${pid}`));
}

/** The items in the seat's order (items whose id the order does not know keep their place at the end). */
export function inSeatOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}
