import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { goalsFormat, ledgerFormat, oldestVersion, progressFormat, quizFormat, restoreStored, roleplayFormat, type StoredFormat } from '../src/domain';
import { profileFormat } from '../src/stores/profile-store';
import { sandboxFormat } from '../src/stores/sandbox-schema';
import { settingsFormat } from '../src/stores/settings-store';

// Every store kept on the device, and a fixture of each version it has ever written
// (tests/fixtures/<store>-v<N>.json). An older version must come back as today's state
// (<store>-v<N>.migrated.json) without alarming the trainee; today's version as it was written.
const stores: [string, StoredFormat<unknown>][] = [
  ['progress', progressFormat],
  ['quiz', quizFormat],
  ['goals', goalsFormat],
  ['roleplay', roleplayFormat],
  ['sandbox', sandboxFormat],
  ['settings', settingsFormat],
  ['profile', profileFormat],
  ['records-emitted', ledgerFormat],
] as [string, StoredFormat<unknown>][];

const NOW = '2026-12-01T00:00:00.000Z';
const fixturePath = (name: string) => new URL(`fixtures/${name}.json`, import.meta.url);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
const versions = (format: StoredFormat<unknown>) => Array.from({ length: format.version - oldestVersion(format) + 1 }, (_, i) => oldestVersion(format) + i);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
}

describe.each(stores)('%s', (name, format) => {
  test('there is a fixture of every version it can read, and a named step from each older one', () => {
    for (const v of versions(format)) {
      expect(existsSync(fixturePath(`${name}-v${v}`)), `${name}-v${v}.json`).toBe(true);
      if (v < format.version) expect(format.migrations[v]?.name, `step ${v} → ${v + 1}`).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  test("today's version comes back as it was written", () => {
    const raw = fixture(`${name}-v${format.version}`);
    expect(restoreStored(raw, format, NOW)).toEqual({ state: JSON.parse(raw).state });
  });

  test.each(versions(format).slice(0, -1))('version %i is migrated to today’s state, each step leaving its input untouched', (v) => {
    const raw = fixture(`${name}-v${v}`);
    expect(restoreStored(raw, format, NOW)).toEqual({ state: JSON.parse(fixture(`${name}-v${v}.migrated`)), migratedFrom: v });
    const parsed = JSON.parse(raw);
    let state = deepFreeze(format.unversioned && v === 0 ? parsed : parsed.state);
    for (let step = v; step < format.version; step++) state = deepFreeze(format.migrations[step]!.up(state, NOW));
  });

  test('a copy that cannot be read says why, and nothing is half-used', () => {
    expect(restoreStored('{"state":', format, NOW)).toEqual({ state: format.empty, recovered: 'corrupt' });
    expect(restoreStored(JSON.stringify({ state: {}, version: format.version + 1 }), format, NOW)).toEqual({ state: format.empty, recovered: 'unknownVersion' });
  });
});
