import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

// Ideas the code base keeps in one place: a second copy drifts from the first. Each pattern must
// match exactly one line of the sources (tests excluded: they may spell values out on purpose).
const root = new URL('../', import.meta.url).pathname;

function grep(pattern: string, paths = ['src', 'scripts', 'build']): string[] {
  try {
    const out = execFileSync('git', ['grep', '--untracked', '-nIE', pattern, '--', ...paths, ':!*.test.ts', ':!*.test.tsx'], { cwd: root, encoding: 'utf8' });
    return out.trim().split('\n');
  } catch {
    return []; // git grep exits 1 when nothing matches
  }
}

test.each([
  ['the five SMART criteria', String.raw`'specific', *'measurable', *'achievable'`],
  ['isRecord', String.raw`(function|const) isRecord\b`],
  // Defined, compared or chosen as a quiz id (a sort key or a filter named "final" is another idea).
  ["the final assessment's id", String.raw`(=|\?) 'final'`],
  ['the timing-safe compare', String.raw`timingSafeEqual\(`],
  ['the LRS caller type', String.raw`type Caller =`],
  ["the example home page of trainees' accounts", String.raw`example\.com/employees`],
  ['the sliding-window limiter', String.raw`export function slidingWindowLimiter`],
])('%s is defined once', (_idea, pattern) => {
  expect(grep(pattern)).toHaveLength(1);
});

test('no comment cites an issue number: the README keeps the history', () => {
  expect(grep(String.raw`(//|/\*|\*|#).*\b[Ii]ssues? ?#?[0-9]+`, ['src', 'tests', 'scripts', 'build'])).toEqual([]);
});
