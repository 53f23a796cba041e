import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderApp, screen } from '../../tests/setup/render';
import { PROGRESS_KEY, useProgressStore } from './progress-store';
import { useStorageNotices } from './storage-notices-store';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8');

async function reloadWith(raw: string) {
  localStorage.setItem(PROGRESS_KEY, raw);
  await useProgressStore.persist.rehydrate();
}

test.each([
  ['corrupted', '{"state":{"modules":{"01-fou'],
  ['wrongly shaped', '{"state":{"modules":[1,2]},"version":2}'],
  ['from an unknown version', '{"state":{"modules":{}},"version":42}'],
])('a %s stored state is kept aside, the trainee is told, and the app still works', async (_name, raw) => {
  await reloadWith(raw);
  expect(useProgressStore.getState().progress).toEqual({ modules: {} });
  const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${PROGRESS_KEY}:backup:`));
  expect(backups).toHaveLength(1);
  expect(localStorage.getItem(backups[0]!)).toBe(raw);

  const { user } = renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent('已保存的学习进度无法读取');
  expect(screen.getByRole('heading', { level: 1, name: '销售目标学院' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '知道了' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  useProgressStore.getState().markSeen('00-intro', 'welcome');
  expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).version).toBe(2);
  useStorageNotices.setState({ notices: [] });
});

test('an older stored state is migrated without alarming the trainee', async () => {
  await reloadWith(fixture('progress-v1.json'));
  const { progress } = useProgressStore.getState();
  expect(Object.keys(progress.modules['00-intro']!.seen)).toHaveLength(4);
  expect(progress.lastModuleId).toBe('01-foundations');
  expect(useStorageNotices.getState().notices).toEqual([]);

  renderApp('/');
  const card = (await screen.findByRole('link', { name: '课程介绍' })).closest('article')!;
  expect(card).toHaveTextContent('已完成');
});

test('storage that refuses writes does not break reading', async () => {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  try {
    useProgressStore.getState().markSeen('00-intro', 'welcome');
    expect(useProgressStore.getState().progress.modules['00-intro']!.seen.welcome).toBeDefined();
  } finally {
    Storage.prototype.setItem = original;
    useProgressStore.setState({ progress: { modules: {} } });
  }
});
