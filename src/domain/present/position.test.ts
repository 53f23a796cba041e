import { expect, test } from 'vitest';
import { parseRevealCount, parseSlideNumber, presentPositionOf, presentReducer, type PresentPosition } from './position';

const at = (index: number, black = false): PresentPosition => ({ index, black });

test('next and prev move one slide and stop at the ends', () => {
  expect(presentReducer(at(0), { type: 'next' }, 5)).toEqual(at(1));
  expect(presentReducer(at(3), { type: 'prev' }, 5)).toEqual(at(2));
  const last = at(4);
  expect(presentReducer(last, { type: 'next' }, 5)).toBe(last);
  const first = at(0);
  expect(presentReducer(first, { type: 'prev' }, 5)).toBe(first);
});

test('first and last go to the ends', () => {
  expect(presentReducer(at(2), { type: 'first' }, 5)).toEqual(at(0));
  expect(presentReducer(at(2), { type: 'last' }, 5)).toEqual(at(4));
});

test('a jump lands on the slide, on the nearest end when outside, and is ignored when not a whole number', () => {
  expect(presentReducer(at(0), { type: 'jump', index: 3 }, 5)).toEqual(at(3));
  expect(presentReducer(at(2), { type: 'jump', index: 99 }, 5)).toEqual(at(4));
  expect(presentReducer(at(2), { type: 'jump', index: -4 }, 5)).toEqual(at(0));
  const s = at(2);
  expect(presentReducer(s, { type: 'jump', index: 1.5 }, 5)).toBe(s);
  expect(presentReducer(s, { type: 'jump', index: Number.NaN }, 5)).toBe(s);
});

test('black toggles, or is set, and turning slides keeps it', () => {
  expect(presentReducer(at(1), { type: 'black' }, 5)).toEqual(at(1, true));
  expect(presentReducer(at(1, true), { type: 'black' }, 5)).toEqual(at(1, false));
  expect(presentReducer(at(1), { type: 'black', on: true }, 5)).toEqual(at(1, true));
  const dark = at(1, true);
  expect(presentReducer(dark, { type: 'black', on: true }, 5)).toBe(dark);
  expect(presentReducer(dark, { type: 'next' }, 5)).toEqual(at(2, true));
});

test('the reducer never mutates its input', () => {
  const s = Object.freeze(at(1));
  for (const action of [{ type: 'next' }, { type: 'prev' }, { type: 'jump', index: 3 }, { type: 'black' }] as const) presentReducer(s, action, 5);
  expect(s).toEqual(at(1));
});

test('a module with one slide (or none) stays on index 0', () => {
  expect(presentReducer(at(0), { type: 'next' }, 1)).toEqual(at(0));
  expect(presentReducer(at(0), { type: 'last' }, 0)).toEqual(at(0));
});

test('a slide id gives its index; an unknown or missing id the first slide', () => {
  const ids = ['a', 'b', 'c'];
  expect(presentPositionOf(ids, 'c', true)).toEqual(at(2, true));
  expect(presentPositionOf(ids, 'zzz')).toEqual(at(0));
  expect(presentPositionOf(ids, null)).toEqual(at(0));
});

test('slide numbers are read 1-based, in ASCII or full-width digits, within the module', () => {
  expect(parseSlideNumber('3', 5)).toBe(2);
  expect(parseSlideNumber(' 5 ', 5)).toBe(4);
  expect(parseSlideNumber('３', 5)).toBe(2);
  expect(parseSlideNumber('0', 5)).toBeUndefined();
  expect(parseSlideNumber('6', 5)).toBeUndefined();
  expect(parseSlideNumber('2.5', 5)).toBeUndefined();
  expect(parseSlideNumber('-1', 5)).toBeUndefined();
  expect(parseSlideNumber('', 5)).toBeUndefined();
  expect(parseSlideNumber('三', 5)).toBeUndefined();
});

test("next reveals a slide's hidden parts one at a time before turning it", () => {
  const steps = [0, 3, 0];
  let s = at(1);
  s = presentReducer(s, { type: 'next' }, 3, steps);
  expect(s).toEqual({ index: 1, black: false, reveal: 1 });
  s = presentReducer(s, { type: 'next' }, 3, steps);
  s = presentReducer(s, { type: 'next' }, 3, steps);
  expect(s).toEqual({ index: 1, black: false, reveal: 3 });
  expect(presentReducer(s, { type: 'next' }, 3, steps)).toEqual(at(2));
});

test('prev hides the last part shown, then goes back to the previous slide with all of it shown', () => {
  const steps = [2, 1];
  expect(presentReducer({ index: 1, black: false, reveal: 1 }, { type: 'prev' }, 2, steps)).toEqual(at(1));
  expect(presentReducer(at(1), { type: 'prev' }, 2, steps)).toEqual({ index: 0, black: false, reveal: 2 });
});

test('reveal shows the next part without turning, and does nothing once all are shown', () => {
  const steps = [1];
  expect(presentReducer(at(0), { type: 'reveal' }, 1, steps)).toEqual({ index: 0, black: false, reveal: 1 });
  const all = { index: 0, black: false, reveal: 1 };
  expect(presentReducer(all, { type: 'reveal' }, 1, steps)).toBe(all);
  const plain = at(0);
  expect(presentReducer(plain, { type: 'reveal' }, 1)).toBe(plain);
});

test('a jump starts the slide with its parts hidden', () => {
  expect(presentReducer({ index: 0, black: true, reveal: 2 }, { type: 'jump', index: 1 }, 2, [2, 2])).toEqual(at(1, true));
});

test("a reveal count read from an address stays within the slide's parts", () => {
  expect(parseRevealCount('2', 3)).toBe(2);
  expect(parseRevealCount('9', 3)).toBe(3);
  expect(parseRevealCount('-1', 3)).toBe(0);
  expect(parseRevealCount('x', 3)).toBe(0);
  expect(parseRevealCount(null, 3)).toBe(0);
});

test('W whitens the screen and back; B and W replace each other; turning slides keeps the white screen', () => {
  const white = presentReducer(at(1), { type: 'white' }, 5);
  expect(white).toEqual({ index: 1, black: false, white: true });
  expect(presentReducer(white, { type: 'next' }, 5)).toEqual({ index: 2, black: false, white: true });
  expect(presentReducer(white, { type: 'white' }, 5)).toEqual(at(1));
  expect(presentReducer(white, { type: 'black' }, 5)).toEqual(at(1, true));
  expect(presentReducer(at(1, true), { type: 'white' }, 5)).toEqual({ index: 1, black: false, white: true });
  expect(presentReducer(white, { type: 'white', on: true }, 5)).toBe(white);
});
