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
  const transport = routedTransport(statements, attemptTransport('/api/attempts/', { token: () => 'tok', tokenRefused: () => {} }, { scored: (r) => scored.push(r) }, fetchImpl));
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
  const refusedIds: string[] = [];
  const outcomes = { scored: () => {}, refused: (id: string) => void refusedIds.push(id) };
  expect(await routedTransport(statements, attemptTransport('/api/attempts', auth, outcomes, refused))([submission, { id: 'after' }])).toEqual({ status: 410, reason: '{"error":"expired"}' });
  expect(sent).toEqual([]);
  expect(refusedIds).toEqual([attempt.id]);
  expect(await attemptTransport('/api/attempts', auth, outcomes, offline)(submission)).toEqual({ status: 'offline' });
  expect(await attemptTransport('/api/attempts', { token: () => undefined, tokenRefused: () => {} }, outcomes, offline)(submission)).toMatchObject({ status: 'offline' });
  // Waiting (a busy server, too many offline attempts today) is not a refusal.
  const busy = (async () => new Response('{"error":"too_many_offline_attempts"}', { status: 429 })) as unknown as typeof fetch;
  expect(await attemptTransport('/api/attempts', auth, outcomes, busy)(submission)).toMatchObject({ status: 429 });
  expect(refusedIds).toEqual([attempt.id]);
});

test('an attempt the server had already scored from another tab takes the server\'s result and answers, and is not kept aside as refused', async () => {
  const recorded = { q1: { type: 'single' as const, optionId: 'a' } };
  const result = { attemptId: attempt.id, quizId: '01-foundations', score: 1, passed: true, passScore: 0.8, points: 1, max: 1, itemScores: { q1: 1 }, seedSource: 'server', scoredAt: attempt.endedAt };
  const conflict = (async () => new Response(JSON.stringify({ error: 'already_scored', message: 'this attempt was already scored; start a new attempt', result, answers: recorded }), { status: 409 })) as unknown as typeof fetch;
  const heard: unknown[] = [];
  const refusedIds: string[] = [];
  const outcomes = { scored: (r: unknown, a: unknown) => void heard.push([r, a]), refused: (id: string) => void refusedIds.push(id) };
  const mine = { q1: { type: 'single' as const, optionId: 'b' } };
  const submission: QueuedSubmission = { kind: 'quiz-attempt', id: attempt.id, quizId: '01-foundations', seed: 's', answers: mine, startedAt: attempt.startedAt, endedAt: attempt.endedAt };
  expect(await attemptTransport('/api/attempts', { token: () => 'tok', tokenRefused: () => {} }, outcomes, conflict)(submission)).toEqual({ status: 200 });
  expect(heard).toEqual([[result, { answers: recorded, elsewhere: true }]]);
  expect(refusedIds).toEqual([]);

  useQuizStore.getState().finish({ ...attempt, answers: mine, score: 0, itemScores: { q1: 0 }, passed: false, scoredBy: 'pending' });
  useQuizStore.getState().settle(result, { answers: recorded, elsewhere: true });
  expect(useQuizStore.getState().quiz.attempts.at(-1)).toMatchObject({ answers: recorded, score: 1, passed: true, scoredBy: 'server', submittedElsewhere: true });

  // A conflict that does not say what was recorded (a mismatched seed, an older server) is a refusal.
  const bare = (async () => new Response('{"error":"already_scored","message":"this attempt was already scored; start a new attempt"}', { status: 409 })) as unknown as typeof fetch;
  expect(await attemptTransport('/api/attempts', { token: () => 'tok', tokenRefused: () => {} }, outcomes, bare)(submission)).toMatchObject({ status: 409 });
  expect(refusedIds).toEqual([attempt.id]);
});
