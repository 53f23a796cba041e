import { expect, test, vi } from 'vitest';
import { emptyProgress, goalsFormat, markSeen, progressFormat, storedText, type SavedGoal } from '../domain';
import { GOALS_KEY, useGoalsStore } from './goals-store';
import { PROGRESS_KEY, useProgressStore } from './progress-store';
import { useStorageNotices } from './storage-notices-store';

const T1 = '2026-12-01T08:00:00.000Z';
const goal = (id: string, text: string): SavedGoal => ({
  id, text, locale: 'en', scenarioId: 's1', savedAt: T1,
  verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' },
});

/** Another tab of the same browser writes `newValue` under `key` over `oldValue`, as the browser reports it. */
function otherTabWrites(key: string, oldValue: string | null, newValue: string) {
  localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));
}

test('a write another tab made over this tab’s copy is taken as it is, a goal it removed included', () => {
  useGoalsStore.setState({ goals: [] });
  useGoalsStore.getState().add(goal('g1', 'Visit 5 clients a week'));
  useGoalsStore.getState().add(goal('g2', 'Close 3 deals by March'));
  const ours = localStorage.getItem(GOALS_KEY);
  otherTabWrites(GOALS_KEY, ours, storedText([goal('g1', 'Visit 5 clients a week')], goalsFormat));
  expect(useGoalsStore.getState().goals.map((g) => g.id)).toEqual(['g1']);

  // This tab's next write builds on it.
  useGoalsStore.getState().add(goal('g3', 'Grow sales 10% by June'));
  expect((JSON.parse(localStorage.getItem(GOALS_KEY)!) as { state: SavedGoal[] }).state.map((g) => g.id)).toEqual(['g3', 'g1']);
});

test('a copy taken as written is not written back: the other tab, which may have moved on, never hears an echo of its older work', () => {
  useGoalsStore.setState({ goals: [] });
  useGoalsStore.getState().add(goal('g1', 'Visit 5 clients a week'));
  const ours = localStorage.getItem(GOALS_KEY);
  // Written by a tab whose text differs from what this one would write for the same goals.
  const theirs = JSON.stringify(JSON.parse(storedText([goal('g2', 'Close 3 deals by March')], goalsFormat)), null, 1);
  const writes = vi.spyOn(Storage.prototype, 'setItem');
  otherTabWrites(GOALS_KEY, ours, theirs);
  expect(writes.mock.calls.filter(([key]) => key === GOALS_KEY)).toHaveLength(1); // the other tab's own write, above
  writes.mockRestore();
  expect(useGoalsStore.getState().goals.map((g) => g.id)).toEqual(['g2']);
  expect(localStorage.getItem(GOALS_KEY)).toBe(theirs);
});

test('when both tabs changed the store, their work and this tab’s are merged and written back', async () => {
  useProgressStore.setState({ progress: emptyProgress });
  const before = localStorage.getItem(PROGRESS_KEY);
  useProgressStore.getState().markSeen('01-foundations', 'smart-criteria');
  // The other tab wrote over the copy before this tab's change: it had not seen it.
  otherTabWrites(PROGRESS_KEY, before, storedText(markSeen(emptyProgress, '08-eq', 'eq-overview', T1), progressFormat));
  await vi.waitFor(() => expect(Object.keys(useProgressStore.getState().progress.modules).sort()).toEqual(['01-foundations', '08-eq']));
  const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY)!) as { state: { modules: Record<string, unknown> } };
  expect(Object.keys(stored.state.modules).sort()).toEqual(['01-foundations', '08-eq']);
});

test('when two tabs delete different goals at the same moment, both stay deleted', async () => {
  useGoalsStore.setState({ goals: [] });
  useGoalsStore.getState().add(goal('g1', 'Visit 5 clients a week'));
  useGoalsStore.getState().add(goal('g2', 'Close 3 deals by March'));
  useGoalsStore.getState().add(goal('g3', 'Grow sales 10% by June'));
  const both = localStorage.getItem(GOALS_KEY);
  useGoalsStore.getState().remove('g1');
  // The other tab, which had not yet seen this deletion, deleted g2 over the copy both started from.
  otherTabWrites(GOALS_KEY, both, storedText([goal('g3', 'Grow sales 10% by June'), goal('g1', 'Visit 5 clients a week')], goalsFormat));
  await vi.waitFor(() => expect(useGoalsStore.getState().goals.map((g) => g.id)).toEqual(['g3']));
  expect((JSON.parse(localStorage.getItem(GOALS_KEY)!) as { state: SavedGoal[] }).state.map((g) => g.id)).toEqual(['g3']);
});

test('a copy from another tab that cannot be read is set aside, the trainee is told, and this tab’s work is kept', async () => {
  useProgressStore.setState({ progress: emptyProgress });
  useProgressStore.getState().markSeen('01-foundations', 'smart-criteria');
  const ours = localStorage.getItem(PROGRESS_KEY);
  const broken = '{"state":{"modules":{"01-fou';
  otherTabWrites(PROGRESS_KEY, ours, broken);
  expect(useStorageNotices.getState().notices).toEqual([expect.objectContaining({ key: PROGRESS_KEY, reason: 'corrupt' })]);
  const backup = Object.keys(localStorage).find((k) => k.startsWith(`${PROGRESS_KEY}:backup:`));
  expect(localStorage.getItem(backup!)).toBe(broken);
  await vi.waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).toBe(ours));
  expect(Object.keys(useProgressStore.getState().progress.modules)).toEqual(['01-foundations']);
  useStorageNotices.setState({ notices: [] });
});

test('a write under another key leaves the store alone', () => {
  useGoalsStore.setState({ goals: [goal('g1', 'Visit 5 clients a week')] });
  otherTabWrites('sta:something-else', null, storedText([], goalsFormat));
  expect(useGoalsStore.getState().goals.map((g) => g.id)).toEqual(['g1']);
});
