import { describe, expect, test } from 'vitest';
import { drawAcrossBanks, drawAttempt } from './draw';
import { allTypes } from './fixtures';
import type { QuizItem } from './types';

const bank = {
  items: [
    ...allTypes,
    ...Array.from({ length: 10 }, (_, i): QuizItem => ({ ...allTypes[0]!, id: `extra-${i}` }) as QuizItem),
  ],
};

test('the same seed gives the same attempt; another seed another', () => {
  expect(drawAttempt(bank, 'seed-1', 8)).toEqual(drawAttempt(bank, 'seed-1', 8));
  expect(drawAttempt(bank, 'seed-1', 8)).not.toEqual(drawAttempt(bank, 'seed-2', 8));
});

test('an attempt has no duplicates and the size asked for', () => {
  for (let s = 0; s < 50; s++) {
    const ids = drawAttempt(bank, s, 8).map((d) => d.itemId);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
  }
});

test('every item type of the bank is in every attempt when the draw is large enough', () => {
  const byId = new Map(bank.items.map((i) => [i.id, i.type]));
  for (let s = 0; s < 50; s++) {
    const types = new Set(drawAttempt(bank, `s${s}`, 8).map((d) => byId.get(d.itemId)));
    expect(types.size).toBe(6);
  }
});

test('every item can be drawn', () => {
  const seen = new Set<string>();
  for (let s = 0; s < 200; s++) for (const d of drawAttempt(bank, s, 8)) seen.add(d.itemId);
  expect(seen.size).toBe(bank.items.length);
});

test('a draw larger than the bank returns the whole bank once', () => {
  expect(drawAttempt({ items: allTypes }, 'x', 20).map((d) => d.itemId).sort()).toEqual(allTypes.map((i) => i.id).sort());
});

describe('display order', () => {
  const drawnOf = (id: string, seed: number) => drawAttempt({ items: allTypes }, seed, 6).find((d) => d.itemId === id)!;

  test('options are shuffled unless the item says not to', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, s) => drawnOf('single', s).order!.join()));
    expect(orders.size).toBeGreaterThan(1);
    for (let s = 0; s < 30; s++) expect(drawnOf('multiple', s).order).toEqual(['a', 'b', 'c', 'd']);
  });

  test('an ordering item never starts in the right order', () => {
    for (let s = 0; s < 100; s++) expect(drawnOf('ordering', s).order!.join()).not.toBe('lead,contact,needs,proposal,closed');
  });

  test('matching shuffles the right column; true/false and numeric have no order', () => {
    expect(drawnOf('matching', 1).order!.sort()).toEqual(['authority', 'price', 'product', 'timing']);
    expect(drawnOf('truefalse', 1).order).toBeUndefined();
    expect(drawnOf('numeric', 1).order).toBeUndefined();
  });
});

test('a cross-course draw spreads items over the banks, prefixed by bank', () => {
  const banks = Object.fromEntries(['01-a', '02-b', '03-c', '04-d'].map((id) => [id, bank]));
  const drawn = drawAcrossBanks(banks, 'final', 30);
  expect(drawn).toHaveLength(30);
  expect(new Set(drawn.map((d) => d.itemId)).size).toBe(30);
  const perBank = (id: string) => drawn.filter((d) => d.itemId.startsWith(`${id}/`)).length;
  expect([perBank('01-a'), perBank('02-b'), perBank('03-c'), perBank('04-d')]).toEqual([8, 8, 7, 7]);
  expect(drawAcrossBanks(banks, 'final', 30)).toEqual(drawn);
});

describe('a retake', () => {
  const ids = (drawn: { itemId: string }[]) => drawn.map((d) => d.itemId);

  test('draws questions the last attempt did not show, as far as the bank allows', () => {
    // 16 items, 8 a time: a retake can be all new.
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const first = ids(drawAttempt(bank, `first-${seed}`, 8));
      const retake = ids(drawAttempt(bank, `retake-${seed}`, 8, first));
      expect(retake).toHaveLength(8);
      expect(retake.filter((id) => first.includes(id))).toEqual([]);
    }
  });

  test('repeats only as many as a small bank forces', () => {
    const small = { items: bank.items.slice(0, 10) };
    const first = ids(drawAttempt(small, 'first', 8));
    const retake = ids(drawAttempt(small, 'retake', 8, first));
    expect(new Set(retake).size).toBe(8);
    expect(retake.filter((id) => first.includes(id))).toHaveLength(6);
  });
});

test('a retake of the final assessment avoids the last attempt’s questions in each bank', () => {
  const banks = { a: bank, b: bank };
  const first = drawAcrossBanks(banks, 'first', 16).map((d) => d.itemId);
  const retake = drawAcrossBanks(banks, 'retake', 16, first).map((d) => d.itemId);
  expect(retake.filter((id) => first.includes(id))).toEqual([]);
});
