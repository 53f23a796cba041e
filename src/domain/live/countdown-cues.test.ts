import { expect, test } from 'vitest';
import { countdownCue } from './countdown-cues';

test('a 20-second question is announced at 10, 5 and 0 seconds only', () => {
  const said = Array.from({ length: 21 }, (_, i) => countdownCue(20 - i, 20));
  expect(said.slice(0, 10)).toEqual(Array(10).fill(undefined));
  expect(said.slice(10, 15)).toEqual([10, 10, 10, 10, 10]);
  expect(said.slice(15, 20)).toEqual([5, 5, 5, 5, 5]);
  expect(said[20]).toBe(0);
  // The announcement changes only at the thresholds: three changes over twenty seconds.
  expect(new Set(said.filter((c) => c !== undefined)).size).toBe(3);
});

test('a long question adds the minute and half-minute marks; a short one is not announced above its limit', () => {
  expect(countdownCue(90, 120)).toBeUndefined();
  expect(countdownCue(60, 120)).toBe(60);
  expect(countdownCue(45, 120)).toBe(60);
  expect(countdownCue(30, 120)).toBe(30);
  expect(countdownCue(10, 10)).toBeUndefined();
  expect(countdownCue(9, 10)).toBeUndefined();
  expect(countdownCue(5, 10)).toBe(5);
  // Part of a second left still counts as that second, as the countdown shows it.
  expect(countdownCue(4.2, 5)).toBeUndefined();
  expect(countdownCue(0.2, 5)).toBeUndefined();
  expect(countdownCue(0, 5)).toBe(0);
  expect(countdownCue(-1, 5)).toBe(0);
});
