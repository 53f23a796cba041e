import { expect, test } from 'vitest';
import { criterionMissRates, criterionStats, endingSplit, endingStats, itemAnalysis, type AnalyzedAttempt } from './item-analysis';

const attempt = (quizId: string, items: [string, number, string][]): AnalyzedAttempt => ({ quizId, items: items.map(([itemId, score, response]) => ({ itemId, score, response })) });

// Four attempts of one quiz, figures worked out by hand in the comments.
const attempts = [
  attempt('01', [['a', 1, 'x'], ['b', 1, 'p'], ['c', 1, 'k']]),
  attempt('01', [['a', 1, 'x'], ['b', 0, 'q'], ['c', 1, 'k']]),
  attempt('01', [['a', 0, 'y'], ['b', 1, 'p'], ['c', 1, 'k']]),
  attempt('01', [['a', 0, 'y[,]z'], ['b', 0, 'q'], ['c', 0, 'm']]),
];

test('facility is the mean score; options count each choice of a multiple response', () => {
  const [a, , c] = itemAnalysis(attempts);
  expect(a).toMatchObject({ itemId: 'a', attempts: 4, facility: 0.5, options: { x: 2, y: 2, z: 1 } });
  expect(c!.facility).toBe(0.75);
});

test('discrimination correlates the item with the rest of the attempt', () => {
  const [a, , c] = itemAnalysis(attempts);
  // a = [1,1,0,0], rest = [2,1,2,0]: Sxy = 0.5, Sxx = 1, Syy = 2.75 → 0.5 / √2.75
  expect(a!.discrimination).toBeCloseTo(0.5 / Math.sqrt(2.75), 10);
  // c = [1,1,1,0], rest = [2,1,1,0]: Sxy = 1, Sxx = 0.75, Syy = 2 → 1 / √1.5
  expect(c!.discrimination).toBeCloseTo(1 / Math.sqrt(1.5), 10);
});

test('items are flagged too easy, too hard, or discriminating negatively', () => {
  const stats = itemAnalysis([
    attempt('final', [['e', 0, 'w'], ['f', 1, 'r'], ['g', 1, 'r']]),
    attempt('final', [['e', 0, 'w'], ['f', 1, 'r'], ['g', 1, 'r']]),
    attempt('final', [['e', 1, 'r'], ['f', 0, 'w'], ['g', 1, 'r']]),
  ]);
  const by = Object.fromEntries(stats.map((s) => [s.itemId, s]));
  expect(by.e!.flags).toContain('negative_discrimination');
  expect(by.g!.flags).toEqual(['too_easy']);
  expect(by.g!.discrimination).toBeNull();
  expect(itemAnalysis([attempt('q', [['h', 0, '']]), attempt('q', [['h', 0.2, '']])])[0]!.flags).toEqual(['too_hard']);
});

test('discrimination is undefined for fewer than three attempts or a score that never varies', () => {
  const discrimination = (rows: [number, number][]) => itemAnalysis(rows.map(([x, rest]) => attempt('q', [['i', x, ''], ['rest', rest, '']])))[0]!.discrimination;
  expect(discrimination([[1, 0], [0, 1]])).toBeNull();
  expect(discrimination([[1, 0], [1, 1], [1, 0.5]])).toBeNull();
  // Fractional scores whose variance is zero but whose sums round: still none.
  expect(discrimination([[0.3333, 0], [0.3333, 1], [0.3333, 0.5], [0.3333, 0.7]])).toBeNull();
  expect(discrimination([[0, 0], [0.5, 1], [1, 1]])).toBeCloseTo(0.8660254, 6);
});

test('SMART criteria are counted as missed whenever not met', () => {
  expect(criterionMissRates([{ specific: 'met', achievable: 'unmet' }, { specific: 'unknown', achievable: 'met' }])).toEqual({ specific: 0.5, achievable: 0.5 });
});

test('role-play endings split per role-play', () => {
  expect(endingSplit([{ roleplayId: 'price', ending: 'won' }, { roleplayId: 'price', ending: 'lost' }, { roleplayId: 'need', ending: 'won' }])).toEqual({ price: { won: 1, lost: 1 }, need: { won: 1 } });
});

test('per SMART criterion: goals judged, goals missing it and the share, in the order of the five', () => {
  const stats = criterionStats([
    { specific: 'met', measurable: 'unmet', achievable: 'met', relevant: 'met', timeBound: 'unmet' },
    { specific: 'unmet', measurable: 'unmet', achievable: 'unknown', relevant: 'met', timeBound: 'met' },
  ]);
  expect(stats.map((s) => s.criterion)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
  expect(stats[0]).toEqual({ criterion: 'specific', goals: 2, missed: 1, missRate: 0.5 });
  expect(stats[1]).toEqual({ criterion: 'measurable', goals: 2, missed: 2, missRate: 1 });
  expect(stats[3]).toEqual({ criterion: 'relevant', goals: 2, missed: 0, missRate: 0 });
  expect(criterionStats([])[0]).toEqual({ criterion: 'specific', goals: 0, missed: 0, missRate: null });
});

test('per role-play: runs and every ending counted, unknown endings left out', () => {
  expect(endingStats([{ roleplayId: 'price', ending: 'won' }, { roleplayId: 'price', ending: 'lost' }, { roleplayId: 'need', ending: 'stalled' }, { roleplayId: 'need', ending: 'bogus' }])).toEqual([
    { roleplayId: 'need', runs: 1, endings: { won: 0, advanced: 0, stalled: 1, lost: 0 } },
    { roleplayId: 'price', runs: 2, endings: { won: 1, advanced: 0, stalled: 0, lost: 1 } },
  ]);
});
