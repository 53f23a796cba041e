/**
 * Each phone sees a question's options in its own order, so the room cannot copy the first
 * answer on a neighbor's screen. The order is a pure function of the question and the seat:
 * the same phone after a reload sees the same order, and the server can say which order a
 * seat was shown when it records the answer.
 */

/** FNV-1a over the text: a stable 32-bit seed from a question id and a seat id. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-spread generator for a seeded shuffle (not for secrets). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The order in which seat `pid` sees the option ids of question `qid` (Fisher–Yates, seeded per seat). */
export function seatOrder(qid: string, pid: string, ids: readonly string[]): string[] {
  const order = [...ids];
  const random = generator(seedOf(`${qid}\u0000${pid}`));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The items in the seat's order (items whose id the order does not know keep their place at the end). */
export function inSeatOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}
