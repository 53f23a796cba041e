import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { progressMigrations as migrations, PROGRESS_VERSION, restoreProgress } from './restore-progress';

const NOW = '2026-11-27T10:00:00.000Z';
const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

test('nothing stored starts empty without a notice', () => {
  expect(restoreProgress(null, NOW)).toEqual({ progress: { modules: {} } });
});

test('the current version is restored as it was stored', () => {
  const restored = restoreProgress(fixture('progress-v2.json'), NOW);
  expect(restored.recovered).toBeUndefined();
  expect(restored.migratedFrom).toBeUndefined();
  expect(restored.progress.modules['01-foundations']!.lastSlideId).toBe('what-is-a-sales-target');
  expect(restored.progress.modules['01-foundations']!.seen['part-overview']).toBe('2026-11-20T08:00:00.000Z');
});

test('version 1 is migrated: every seen slide kept, stamped with the migration time', () => {
  const restored = restoreProgress(fixture('progress-v1.json'), NOW);
  expect(restored.migratedFrom).toBe(1);
  expect(restored.recovered).toBeUndefined();
  expect(Object.keys(restored.progress.modules['00-intro']!.seen)).toEqual([
    'welcome',
    'course-overview',
    'course-map',
    'training-objectives',
  ]);
  expect(restored.progress.modules['01-foundations']!.seen['what-is-a-sales-target']).toBe(NOW);
  expect(restored.progress.lastModuleId).toBe('01-foundations');
});

test('each migration step leaves its input untouched', () => {
  const input = JSON.parse(fixture('progress-v1.json')).state;
  const copy = structuredClone(input);
  migrations[1]!.up(input, NOW);
  expect(input).toEqual(copy);
});

test('there is a migration for every version before the current one', () => {
  for (let v = 1; v < PROGRESS_VERSION; v++) expect(typeof migrations[v]?.up).toBe('function');
});

describe('recovery', () => {
  test.each([
    ['truncated JSON', '{"state":{"modules":', 'corrupt'],
    ['not JSON at all', 'garbage\u0000', 'corrupt'],
    ['a bare array', '[1,2,3]', 'invalidShape'],
    ['no version', '{"state":{"modules":{}}}', 'invalidShape'],
    ['a version from the future', '{"state":{"modules":{}},"version":99}', 'unknownVersion'],
    ['version zero', '{"state":{"modules":{}},"version":0}', 'unknownVersion'],
    ['modules that are a list', '{"state":{"modules":[]},"version":2}', 'invalidShape'],
    ['a seen time that is a number', '{"state":{"modules":{"m":{"seen":{"a":5}}}},"version":2}', 'invalidShape'],
    ['v1 with seen as a string', '{"state":{"seen":"all"},"version":1}', 'invalidShape'],
    ['v1 with a module that is not a list', '{"state":{"seen":{"m":{"a":1}}},"version":1}', 'invalidShape'],
    ['null state', '{"state":null,"version":2}', 'invalidShape'],
  ])('%s starts fresh and says why', (_name, raw, reason) => {
    const restored = restoreProgress(raw, NOW);
    expect(restored.recovered).toBe(reason);
    expect(restored.progress).toEqual({ modules: {} });
  });

  test('unknown extra fields are dropped, known ones kept', () => {
    const raw = JSON.stringify({
      version: 2,
      state: { modules: { m: { seen: { a: NOW }, extra: 1 } }, lastModuleId: 'm', junk: true },
    });
    expect(restoreProgress(raw, NOW)).toEqual({ progress: { modules: { m: { seen: { a: NOW } } }, lastModuleId: 'm' } });
  });
});
