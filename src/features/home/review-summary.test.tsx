import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { emptyReviewState, scheduleAnswer } from '../../domain';
import { useQuizStore } from '../../stores/quiz-store';
import { useReviewStore } from '../../stores/review-store';

afterEach(() => {
  vi.useRealTimers();
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
  useReviewStore.setState({ review: emptyReviewState });
});

const NOW = new Date(2026, 11, 8, 10); // local time: "today" is the browser's day
const attempt = { id: 'a1', quizId: '01-foundations', seed: 's', items: [], answers: {}, score: 1, passed: true, startedAt: '2026-12-07T08:00:00.000Z', endedAt: '2026-12-07T08:05:00.000Z' };

function deckWith(...cards: ReturnType<typeof scheduleAnswer>[]) {
  useQuizStore.setState({ quiz: { attempts: [attempt], active: {} } });
  useReviewStore.setState({ review: { ...emptyReviewState, cards: Object.fromEntries(cards.map((c) => [c.key, c])), seededAttempts: ['a1'] } });
}

test('a new trainee sees no review entry', async () => {
  renderApp('/');
  await screen.findByRole('heading', { level: 2, name: '课程模块' });
  expect(screen.queryByRole('region', { name: '复习' })).not.toBeInTheDocument();
});

test('the review entry says how many questions are due today and links to the review', async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  deckWith(scheduleAnswer(undefined, '01-foundations', 'q1', 0, new Date(2026, 11, 7, 9).toISOString()));
  renderApp('/');
  const entry = await screen.findByRole('region', { name: '复习' });
  expect(entry).toHaveTextContent('今天有 1 道题待复习。');
  expect(within(entry).getByRole('link', { name: '进入复习' })).toHaveAttribute('href', '/review');
});

test('with nothing due, the entry gives the next review date', async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  deckWith(scheduleAnswer(undefined, '01-foundations', 'q1', 1, new Date(2026, 11, 8, 9).toISOString()));
  renderApp('/');
  const entry = await screen.findByRole('region', { name: '复习' });
  expect(entry).toHaveTextContent(/^复习今天没有待复习的题目。下次复习：2026年12月11日。/);
});
