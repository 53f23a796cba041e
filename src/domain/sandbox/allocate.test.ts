import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allocate, AllocateError } from './allocate';

const sumUnits = (parts: number[], step: number) => parts.reduce((s, p) => s + Math.round(p / step), 0);
const isMultiple = (v: number, step: number) => Math.abs(Math.round(v / step) * step - v) < 1e-9 * Math.max(1, v);

const input = fc
  .record({
    step: fc.constantFrom(1, 0.01, 10_000),
    units: fc.integer({ min: 0, max: 5_000_000 }),
    weights: fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 40 }),
  })
  .filter(({ weights, units }) => units === 0 || weights.some((w) => w > 0));

describe('properties, for any valid input', () => {
  test('parts sum exactly to the total, each a multiple of the step', () => {
    fc.assert(
      fc.property(input, ({ step, units, weights }) => {
        const total = Number((units * step).toFixed(2));
        const parts = allocate(total, weights, { step });
        expect(parts).toHaveLength(weights.length);
        expect(sumUnits(parts, step)).toBe(Math.round(total / step));
        for (const p of parts) expect(isMultiple(p, step)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('each part is within one step of its exact proportional share', () => {
    fc.assert(
      fc.property(input, ({ step, units, weights }) => {
        const total = Number((units * step).toFixed(2));
        const parts = allocate(total, weights, { step });
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          const exact = sum === 0 ? 0 : total * (weights[i]! / sum);
          expect(Math.abs(p - exact)).toBeLessThanOrEqual(step * (1 + 1e-6));
        });
      }),
      { numRuns: 400 },
    );
  });

  test('locked entries keep their value and the rest still sums exactly', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), { minLength: 40, maxLength: 40 }),
        ({ step, units, weights }, lockPicks) => {
          const total = Number((units * step).toFixed(2));
          const locked = weights.map((_, i) => (lockPicks[i] === null || i === 0 ? null : Number(((lockPicks[i]! % (units + 1)) * step).toFixed(2))));
          let lockedUnits = 0;
          const fitting = locked.map((l) => {
            if (l === null) return null;
            const u = Math.round(l / step);
            if (lockedUnits + u > units) return null;
            lockedUnits += u;
            return l;
          });
          const open = weights.filter((_, i) => fitting[i] === null);
          fc.pre(units - lockedUnits === 0 || open.some((w) => w > 0));
          const parts = allocate(total, weights, { step, locked: fitting });
          fitting.forEach((l, i) => l !== null && expect(parts[i]).toBe(l));
          expect(sumUnits(parts, step)).toBe(units);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('examples', () => {
  test('largest remainder, ties to the lower index', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    expect(allocate(8, [0.5, 0.25, 0.25])).toEqual([4, 2, 2]);
  });
  test('in fen and in 万元', () => {
    expect(allocate(100.07, [1, 1], { step: 0.01 })).toEqual([50.04, 50.03]);
    expect(allocate(5_000_000, [3, 2, 2], { step: 10_000 })).toEqual([2_140_000, 1_430_000, 1_430_000]);
    expect(allocate(5_000_000, [2, 2, 3], { step: 10_000 })).toEqual([1_430_000, 1_430_000, 2_140_000]);
  });
  test('a lock keeps its value and the rest is rebalanced by weight', () => {
    expect(allocate(1200, [1, 1, 1, 1], { locked: [null, 600, null, null] })).toEqual([200, 600, 200, 200]);
  });
  test('zero total gives zeros', () => expect(allocate(0, [1, 2])).toEqual([0, 0]));
});

describe('every bad input throws its code', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AllocateError);
      return (e as AllocateError).code;
    }
    return 'no error';
  };
  test.each([
    ['no weights', () => allocate(10, []), 'NO_WEIGHTS'],
    ['a negative total', () => allocate(-10, [1]), 'INVALID_NUMBER'],
    ['a negative weight', () => allocate(10, [1, -1]), 'INVALID_NUMBER'],
    ['a non-finite weight', () => allocate(10, [1, Infinity]), 'INVALID_NUMBER'],
    ['NaN', () => allocate(Number.NaN, [1]), 'INVALID_NUMBER'],
    ['a negative lock', () => allocate(10, [1, 1], { locked: [-1, null] }), 'INVALID_NUMBER'],
    ['a zero step', () => allocate(10, [1], { step: 0 }), 'INVALID_NUMBER'],
    ['all-zero weights for a non-zero rest', () => allocate(10, [0, 0]), 'ZERO_WEIGHTS'],
    ['everything locked but the rest is not zero', () => allocate(10, [1, 1], { locked: [3, 3] }), 'ZERO_WEIGHTS'],
    ['locked values above the total', () => allocate(10, [1, 1], { locked: [8, 5] }), 'LOCKED_EXCEEDS_TOTAL'],
    ['a total off the step', () => allocate(15_000, [1, 1], { step: 10_000 }), 'NOT_A_MULTIPLE'],
    ['a lock off the step', () => allocate(20_000, [1, 1], { step: 10_000, locked: [5_000, null] }), 'NOT_A_MULTIPLE'],
    ['a lock list of another length', () => allocate(10, [1, 1], { locked: [null] }), 'LENGTH_MISMATCH'],
  ])('%s', (_n, fn, expected) => expect(code(fn)).toBe(expected));
});
