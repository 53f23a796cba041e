import { afterEach, expect, test } from 'vitest';
import { PROGRESS_EXTENSION, VERBS, type QuizAttempt, type Statement } from '../domain';
import { useProgressStore } from '../stores/progress-store';
import { useQuizStore } from '../stores/quiz-store';
import { attemptTransport, routedTransport, type QueuedSubmission } from './attempt-transport';
import { startEmitters } from './emitters';

const COURSE = 'https://academy.example.com/course';
const outline = { locale: 'zh-CN', modules: [{ id: '01-foundations', title: '销售目标基础', slideIds: ['c'], hasQuiz: true }] };
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const trainee = { name: '李娜', employeeId: 'E1024', homePage: 'https://hr.example.com' };
let stop: (() => void) | undefined;
afterEach(() => stop?.());

const attempt: QuizAttempt = {
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  quizId: '01-foundations',
  seed: 'issued-by-the-server',
  items: [{ itemId: 'q1' }],
  answers: { q1: { type: 'single', optionId: 'a' } },
  score: 1,
  itemScores: { q1: 1 },
  passed: true,
  startedAt: '2026-11-27T08:00:00.000Z',
  endedAt: '2026-11-27T08:04:00.000Z',
};

test('with a records server that scores attempts, the page sends progress and answers, never a verdict', async () => {
  const recorded: Statement[] = [];
  const submitted: QueuedSubmission[] = [];
  const emitters = startEmitters({ outline, courseIri: COURSE, trainee: () => trainee, record: async (s) => void recorded.push(...s), submit: async (s) => void submitted.push(s), newId });
  stop = emitters.stop;
  useProgressStore.getState().markSeen('01-foundations', 'c');
  useQuizStore.getState().finish(attempt);
  await emitters.settled();
  expect(recorded.map((s) => [s.verb.id, s.object.id])).toEqual([[VERBS.progressed, `${COURSE}/modules/01-foundations`]]);
  expect(recorded[0]!.result).toEqual({ extensions: { [PROGRESS_EXTENSION]: 100 } });
  expect(submitted).toEqual([{ kind: 'quiz-attempt', id: attempt.id, quizId: '01-foundations', seed: 'issued-by-the-server', answers: attempt.answers, startedAt: attempt.startedAt, endedAt: attempt.endedAt }]);
  expect(useQuizStore.getState().quiz.attempts[0]!.scoredBy).toBe('pending');
});

test('the queue\'s transport sends statements in runs and each attempt on its own, in order; the server\'s score is filed', async () => {
  const calls: string[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push(`${url} ${init.headers && (init.headers as Record<string, string>).Authorization}`);
    return new Response(JSON.stringify({ attemptId: attempt.id, score: 0.5, passed: false, itemScores: { q1: 0.5 } }), { status: 201 });
  }) as typeof fetch;
  const scored: unknown[] = [];
  const statements = async (list: unknown[]) => {
    calls.push(`statements ×${list.length}`);
    return { status: 200 };
  };
  const transport = routedTransport(statements, attemptTransport('/api/attempts/', { token: () => 'tok', tokenRefused: () => {} }, (r) => scored.push(r), fetchImpl));
  const submission: QueuedSubmission = { kind: 'quiz-attempt', id: attempt.id, quizId: '01-foundations', seed: 's', answers: {}, startedAt: attempt.startedAt, endedAt: attempt.endedAt };
  expect(await transport([{ id: 'a' }, { id: 'b' }, submission, { id: 'c' }])).toEqual({ status: 200 });
  expect(calls).toEqual(['statements ×2', `/api/attempts/${attempt.id} Bearer tok`, 'statements ×1']);
  expect(scored).toEqual([{ attemptId: attempt.id, score: 0.5, passed: false, itemScores: { q1: 0.5 } }]);
  useQuizStore.getState().finish(attempt);
  useQuizStore.getState().settle(scored[0] as never);
  expect(useQuizStore.getState().quiz.attempts[0]).toMatchObject({ score: 0.5, passed: false, scoredBy: 'server' });
});

test('a refused or unreachable attempt stops the batch there and says why; without a token it waits', async () => {
  const refused = (async () => new Response('{"error":"expired"}', { status: 410 })) as unknown as typeof fetch;
  const offline = (async () => {
    throw new TypeError('Failed to fetch');
  }) as unknown as typeof fetch;
  const submission: QueuedSubmission = { kind: 'quiz-attempt', id: attempt.id, quizId: '01-foundations', seed: 's', answers: {}, startedAt: attempt.startedAt, endedAt: attempt.endedAt };
  const sent: unknown[][] = [];
  const statements = async (list: unknown[]) => {
    sent.push(list);
    return { status: 200 };
  };
  const auth = { token: () => 'tok', tokenRefused: () => {} };
  expect(await routedTransport(statements, attemptTransport('/api/attempts', auth, () => {}, refused))([submission, { id: 'after' }])).toEqual({ status: 410, reason: '{"error":"expired"}' });
  expect(sent).toEqual([]);
  expect(await attemptTransport('/api/attempts', auth, () => {}, offline)(submission)).toEqual({ status: 'offline' });
  expect(await attemptTransport('/api/attempts', { token: () => undefined, tokenRefused: () => {} }, () => {}, offline)(submission)).toMatchObject({ status: 'offline' });
});
