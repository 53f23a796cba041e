import { expect, test } from 'vitest';
import {
  formatPresentClock,
  isPresentOverTime,
  isPresentTimerRunning,
  newPresentTimer,
  pausePresentTimer,
  presentElapsed,
  resetPresentTimer,
  restorePresentTimer,
  resumePresentTimer,
} from './timer';
import { restorePresentation, savePresentation } from './saved';

const MIN = 60_000;

test('the stopwatch counts while running, holds while paused and resumes from where it stopped', () => {
  let t = newPresentTimer(1_000);
  expect(isPresentTimerRunning(t)).toBe(true);
  expect(presentElapsed(t, 1_000 + 5 * MIN)).toBe(5 * MIN);
  t = pausePresentTimer(t, 1_000 + 5 * MIN);
  expect(isPresentTimerRunning(t)).toBe(false);
  expect(presentElapsed(t, 1_000 + 60 * MIN)).toBe(5 * MIN);
  t = resumePresentTimer(t, 1_000 + 60 * MIN);
  expect(presentElapsed(t, 1_000 + 62 * MIN)).toBe(7 * MIN);
});

test('pausing a paused stopwatch and resuming a running one change nothing', () => {
  const paused = newPresentTimer();
  expect(pausePresentTimer(paused, 5)).toBe(paused);
  const running = newPresentTimer(5);
  expect(resumePresentTimer(running, 50)).toBe(running);
});

test('reset goes back to zero and keeps running if it was', () => {
  const running = resetPresentTimer({ startedAt: 0, banked: 9 * MIN }, 100);
  expect(running).toEqual({ startedAt: 100, banked: 0 });
  expect(resetPresentTimer({ startedAt: null, banked: 9 * MIN }, 100)).toEqual({ startedAt: null, banked: 0 });
});

test('a clock set back never gives negative time', () => {
  expect(presentElapsed(newPresentTimer(10_000), 5_000)).toBe(0);
});

test('over time means strictly beyond the planned minutes', () => {
  expect(isPresentOverTime(12 * MIN, 12)).toBe(false);
  expect(isPresentOverTime(12 * MIN + 1000, 12)).toBe(true);
});

test('the clock reads mm:ss, h:mm:ss past an hour, rounded down to whole seconds', () => {
  expect(formatPresentClock(0, 'zh-CN')).toBe('00:00');
  expect(formatPresentClock(5 * MIN + 9_999, 'en')).toBe('05:09');
  expect(formatPresentClock(65 * MIN + 9_000, 'en')).toBe('1:05:09');
  expect(formatPresentClock(12 * 3600_000, 'zh-CN')).toBe('12:00:00');
  expect(formatPresentClock(-5, 'en')).toBe('00:00');
});

test('a stored stopwatch is read back only when valid', () => {
  expect(restorePresentTimer({ startedAt: 5, banked: 10 })).toEqual({ startedAt: 5, banked: 10 });
  expect(restorePresentTimer({ startedAt: null, banked: 0 })).toEqual({ startedAt: null, banked: 0 });
  for (const bad of [null, 'x', { startedAt: '5', banked: 0 }, { startedAt: null, banked: -1 }, { startedAt: null }, { startedAt: Infinity, banked: 0 }])
    expect(restorePresentTimer(bad)).toBeUndefined();
});

test('a saved presentation round-trips, and anything else is undefined', () => {
  const saved = { slideId: 'smart-criteria', black: true, timer: { startedAt: 100, banked: 5 } };
  expect(restorePresentation(savePresentation(saved))).toEqual(saved);
  for (const bad of [null, '', '{', '[]', '{"version":2,"slideId":"a","black":false,"timer":{"startedAt":null,"banked":0}}', '{"version":1,"slideId":"a","black":"no","timer":{"startedAt":null,"banked":0}}'])
    expect(restorePresentation(bad)).toBeUndefined();
});

test('a saved presentation keeps when its slide came up, and drops a reading that is not one', () => {
  const saved = { slideId: 'smart-criteria', black: false, timer: { startedAt: null, banked: 600_000 }, slideStartedAt: 420_000 };
  expect(restorePresentation(savePresentation(saved))).toEqual(saved);
  const raw = (slideStartedAt: unknown) => JSON.stringify({ version: 1, slideId: 'smart-criteria', black: false, timer: { startedAt: null, banked: 0 }, slideStartedAt });
  for (const bad of [-1, 'soon', null, Infinity]) expect(restorePresentation(raw(bad))).not.toHaveProperty('slideStartedAt');
});
