import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderApp, screen } from '../../tests/setup/render';
import { emptyQuizState } from '../domain';
import { QUIZ_KEY, useQuizStore } from './quiz-store';
import { useStorageNotices } from './storage-notices-store';

test('stored results of version 1 come back and show on the home page', async () => {
  localStorage.setItem(QUIZ_KEY, readFileSync(join(process.cwd(), 'tests/fixtures/quiz-v1.json'), 'utf8'));
  await useQuizStore.persist.rehydrate();
  expect(useQuizStore.getState().quiz.attempts).toHaveLength(2);
  renderApp('/');
  const card = (await screen.findByRole('link', { name: '销售目标基础' })).closest('article')!;
  expect(card).toHaveTextContent('测验最高分 87.5% · 测验已通过');
  useQuizStore.setState({ quiz: emptyQuizState });
});

test('corrupted results are kept aside and the trainee is told; the app keeps working', async () => {
  localStorage.setItem(QUIZ_KEY, '{"state":{"attempts":[{"id"');
  await useQuizStore.persist.rehydrate();
  expect(useQuizStore.getState().quiz).toEqual(emptyQuizState);
  expect(Object.keys(localStorage).some((k) => k.startsWith(`${QUIZ_KEY}:backup:`))).toBe(true);
  renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent('已保存的学习进度无法读取');
  useStorageNotices.setState({ notices: [] });
});
