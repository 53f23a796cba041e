import { expect, test } from 'vitest';
import { presentPace, wholeMinutes } from './pace';

const MIN = 60_000;
const minutes = [2, 3, 5];

test('on time: the slides before took their planned minutes and this one is within its own', () => {
  const pace = presentPace({ elapsed: 6 * MIN, slideStartedAt: 5 * MIN, minutes, index: 2 });
  expect(pace).toEqual({ slideElapsed: MIN, slidePlanned: 5 * MIN, slideOver: false, behind: 0 });
});

test('behind: the earlier slides ran long, and a slide past its own plan adds the rest', () => {
  expect(presentPace({ elapsed: 8 * MIN, slideStartedAt: 7 * MIN, minutes, index: 2 }).behind).toBe(2 * MIN);
  const over = presentPace({ elapsed: 6 * MIN, slideStartedAt: 2 * MIN, minutes, index: 1 });
  expect(over.slideOver).toBe(true);
  expect(over.behind).toBe(MIN);
});

test('ahead: reaching a slide sooner than planned is a negative delay', () => {
  const pace = presentPace({ elapsed: MIN, slideStartedAt: MIN, minutes, index: 1 });
  expect(pace.behind).toBe(-MIN);
  expect(wholeMinutes(pace.behind)).toBe(-1);
});

test('a stopwatch reset under a slide never shows a negative time on it', () => {
  expect(presentPace({ elapsed: 0, slideStartedAt: 4 * MIN, minutes, index: 0 }).slideElapsed).toBe(0);
});

test('whole minutes round toward zero', () => {
  expect(wholeMinutes(119_000)).toBe(1);
  expect(wholeMinutes(-59_000)).toBe(0);
});
