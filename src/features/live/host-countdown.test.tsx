import { afterEach, expect, test, vi } from 'vitest';
import type { LiveQuestion } from '../../domain';
import { act, renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { HostCurrent } from './host-current';

afterEach(() => {
  vi.useRealTimers();
});

const start = 1_000_000;
const quiz: LiveQuestion = { id: 'q1', kind: 'quiz', prompt: { en: 'Which?', 'zh-CN': '哪个？' }, options: [{ id: 'a', text: { en: 'A', 'zh-CN': '甲' } }, { id: 'b', text: { en: 'B', 'zh-CN': '乙' } }], multiple: false, correct: ['a'], itemId: 'i1', pushedAt: start, seconds: 20 };
const view = { role: 'trainer', code: '123456', moduleId: '01-foundations', ended: false, now: start, stage: 'question', participants: 3, connected: 3, people: [], question: quiz, revealed: false, leaderboard: [] } as const;

test('the console shows a timed question’s time left, and tells a screen reader only at 10, 5 and 0 seconds', async () => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<HostCurrent view={{ ...view, people: [], leaderboard: [] }} send={() => {}} />);
  await act(async () => void vi.advanceTimersByTime(100));
  expect(screen.getByRole('timer')).toHaveTextContent('20 s left');
  const said: string[] = [];
  const shown = new Set<string>();
  for (let t = 0; t < 21_000; t += 250) {
    await act(async () => void vi.advanceTimersByTime(250));
    shown.add(screen.getByRole('timer').textContent!);
    const text = screen.getByRole('status').textContent!;
    if (text !== said.at(-1)) said.push(text);
  }
  expect(shown.size).toBeGreaterThan(15);
  expect(screen.getByRole('timer')).toHaveTextContent('Time’s up');
  expect(said).toEqual(['', '10 seconds left', '5 seconds left', 'Time’s up']);
});

test('in Chinese, and never once the answer is revealed', async () => {
  vi.useFakeTimers();
  vi.setSystemTime(start + 12_000);
  useSettingsStore.setState({ locale: 'zh-CN' });
  const { rerender } = renderWithI18n(<HostCurrent view={{ ...view, now: start + 12_000, people: [], leaderboard: [] }} send={() => {}} />);
  await act(async () => void vi.advanceTimersByTime(100));
  expect(screen.getByRole('timer')).toHaveTextContent('剩余 8 秒');
  expect(screen.getByRole('status')).toHaveTextContent('还剩 10 秒');
  rerender(<HostCurrent view={{ ...view, revealed: true, people: [], leaderboard: [] }} send={() => {}} />);
  expect(screen.queryByRole('timer')).toBeNull();
});
