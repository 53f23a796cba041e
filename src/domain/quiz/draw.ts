import type { QuizBank, QuizItem, QuizItemType } from './types';
import { seededRandom, shuffled } from './random';

/** One drawn item: which bank item, and the order its options, entries or right-hand sides are shown in. */
export interface DrawnItem {
  itemId: string;
  /** Option ids (choice), entry ids (ordering, as first shown) or pair ids of the right column (matching). */
  order?: string[];
}

/** The display order of an item's parts; ordering items never start in the right order. */
function displayOrder(item: QuizItem, random: () => number): string[] | undefined {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const ids = item.options.map((o) => o.id);
      return item.shuffle ? shuffled(ids, random) : ids;
    }
    case 'ordering': {
      const ids = item.entries.map((e) => e.id);
      let order = shuffled(ids, random);
      for (let tries = 0; tries < 10 && order.join() === ids.join(); tries++) order = shuffled(ids, random);
      if (order.join() === ids.join()) order = [...ids.slice(1), ids[0]!];
      return order;
    }
    case 'matching':
      return shuffled(
        item.pairs.map((p) => p.id),
        random,
      );
    default:
      return undefined;
  }
}

/**
 * Draws `count` distinct items from a bank, repeatable from `seed`. It first takes one item of
 * each type the bank has (so every kind of question gets practiced), then fills the rest at
 * random, and shows them in random order. Items in `shownBefore` (the last attempt's) come only
 * when the bank has too few others: a retake brings new questions as far as the bank allows.
 */
export function drawAttempt(bank: Pick<QuizBank, 'items'>, seed: string | number, count: number, shownBefore: readonly string[] = []): DrawnItem[] {
  const random = seededRandom(seed);
  const shuffledItems = shuffled(bank.items, random);
  const seen = new Set(shownBefore);
  const fresh = shuffledItems.filter((item) => !seen.has(item.id));
  const pool = [...fresh, ...shuffledItems.filter((item) => seen.has(item.id))];
  const picked: QuizItem[] = [];
  const types = new Set<QuizItemType>();
  for (const item of fresh) {
    if (picked.length >= count) break;
    if (!types.has(item.type)) {
      types.add(item.type);
      picked.push(item);
    }
  }
  for (const item of pool) {
    if (picked.length >= count) break;
    if (!picked.includes(item)) picked.push(item);
  }
  return shuffled(picked, random).map((item) => {
    const order = displayOrder(item, random);
    return order ? { itemId: item.id, order } : { itemId: item.id };
  });
}

/**
 * Draws a cross-course assessment: `count` items spread as evenly as possible over the banks
 * (earlier banks take the remainder), each bank's share drawn as in `drawAttempt`. Item ids
 * are prefixed with their bank id, since ids are only unique within a bank.
 */
export function drawAcrossBanks(banks: Record<string, Pick<QuizBank, 'items'>>, seed: string | number, count: number, shownBefore: readonly string[] = []): DrawnItem[] {
  const ids = Object.keys(banks).sort();
  const random = seededRandom(seed);
  const all: DrawnItem[] = [];
  ids.forEach((bankId, index) => {
    const share = Math.floor(count / ids.length) + (index < count % ids.length ? 1 : 0);
    const before = shownBefore.filter((id) => id.startsWith(`${bankId}/`)).map((id) => id.slice(bankId.length + 1));
    const drawn = drawAttempt(banks[bankId]!, `${seed}:${bankId}`, share, before);
    all.push(...drawn.map((d) => ({ ...d, itemId: `${bankId}/${d.itemId}` })));
  });
  return shuffled(all, random);
}
