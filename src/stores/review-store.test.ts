import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REVIEW_KEY } from './review-persistence';
import { useReviewStore } from './review-store';
import { useStorageNotices } from './storage-notices-store';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8');

async function reloadWith(raw: string) {
  localStorage.setItem(REVIEW_KEY, raw);
  await useReviewStore.persist.rehydrate();
}

test('a stored deck of version 1 comes back whole: cards, answers and check-ins', async () => {
  await reloadWith(fixture('review-v1.json'));
  const { review } = useReviewStore.getState();
  expect(Object.keys(review.cards).sort()).toEqual(['01-foundations/smart-measurable', '01-foundations/target-types-match']);
  expect(review.answers.map((a) => a.id)).toEqual(['review-1']);
  expect(review.followUps[0]!.answers.note).toBe('按月复盘');
  expect(useStorageNotices.getState().notices).toEqual([]);
});

test('a damaged card is set aside with the raw copy kept, the trainee is told, and the good cards stay', async () => {
  const stored = JSON.parse(fixture('review-v1.json'));
  stored.state.cards['01-foundations/smart-measurable'].due = 'tomorrow-ish';
  const raw = JSON.stringify(stored);
  await reloadWith(raw);
  expect(Object.keys(useReviewStore.getState().review.cards)).toEqual(['01-foundations/target-types-match']);
  const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${REVIEW_KEY}:backup:`));
  expect(backups).toHaveLength(1);
  expect(localStorage.getItem(backups[0]!)).toBe(raw);
  expect(useStorageNotices.getState().notices).toEqual([expect.objectContaining({ key: REVIEW_KEY, reason: 'invalidShape' })]);
  useStorageNotices.setState({ notices: [] });
});

test('saving a check-in writes the versioned store under the app namespace', () => {
  useReviewStore.getState().saveFollowUp({ id: 'one-month', at: '2027-01-08T09:00:00.000Z', score: 1, items: 6, answers: { trackingInUse: 'done' } });
  const saved = JSON.parse(localStorage.getItem('sta:review')!);
  expect(saved.version).toBe(1);
  expect(saved.state.followUps.map((f: { id: string }) => f.id)).toContain('one-month');
});
