import { describe, expect, test } from 'vitest';
import type { QuizItem } from '../quiz/types';
import { liveQuizQuestion, phoneFriendly, pollQuestion } from './from-quiz';
import { end, joinCode, newSession, push, reveal, type LiveQuestion, type LiveSession } from './session';
import { join } from './seats';
import { answer, counts } from './answers';
import { leaderboard, podium, points } from './leaderboard';
import { liveMessageText, liveViewText, readLiveServerMessage } from './protocol';
import { roomFacts } from './room-facts';
import { participantView, trainerView } from './views';

const quiz: LiveQuestion = { id: 'q1', kind: 'quiz', prompt: { en: 'Q' }, options: [{ id: 'a', text: { en: 'A' } }, { id: 'b', text: { en: 'B' } }], multiple: false, correct: ['a'], itemId: 'i1', pushedAt: 1000, seconds: 10 };
const ok = (s: LiveSession | string): LiveSession => {
  if (typeof s === 'string') throw new Error(s);
  return s;
};

describe('a session', () => {
  let s = newSession('123456', '01-foundations', 0);
  test('joining: a name is required and trimmed; the same id comes back to the same seat', () => {
    expect(join(s, 'p1', '   ', 0)).toBe('name');
    expect(join(s, 'p1', 'Amy\u202E', 0)).toBe('name');
    expect(join(s, 'p1', 'A\nmy', 0)).toBe('name');
    s = ok(join(s, 'p1', ' Amy ', 0));
    s = ok(join(s, 'p1', 'Amy', 50));
    s = ok(join(s, 'p2', 'Ben', 60));
    expect(Object.keys(s.participants)).toEqual(['p1', 'p2']);
    expect(s.participants.p1).toEqual({ name: 'Amy', joinedAt: 0 });
  });
  test('answers: one per participant, only to the open question, only valid options', () => {
    expect(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 2000 })).toBe('unknown_question');
    s = push(s, quiz);
    expect(answer(s, 'p1', 'q1', { optionIds: ['z'], at: 2000 })).toBe('invalid_answer');
    expect(answer(s, 'p1', 'q1', { optionIds: ['a', 'b'], at: 2000 })).toBe('invalid_answer');
    expect(answer(s, 'p9', 'q1', { optionIds: ['a'], at: 2000 })).toBe('name');
    s = ok(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 3500 }));
    expect(ok(answer(s, 'p1', 'q1', { optionIds: ['b'], at: 4000 }))).toBe(s);
    s = ok(answer(s, 'p2', 'q1', { optionIds: ['b'], at: 2000 }));
    expect(counts(s, 'q1')).toEqual({ answered: 2, byOption: { a: 1, b: 1 } });
  });
  test('phones never see the key before the reveal; after it, points and rank', () => {
    expect(JSON.stringify(participantView(s, 'p1', 0))).not.toContain('correct');
    s = reveal(s, 'q1');
    expect(answer(s, 'p2', 'q1', { optionIds: ['a'], at: 5000 })).toBe('closed');
    expect(points(quiz, s.answers.q1!.p1)).toBe(875);
    expect(leaderboard(s)).toEqual([
      { pid: 'p1', name: 'Amy', points: 875, correct: 1, rank: 1 },
      { pid: 'p2', name: 'Ben', points: 0, correct: 0, rank: 2 },
    ]);
    expect(participantView(s, 'p1', 0).result).toMatchObject({ correct: ['a'], points: 875, rank: 1, of: 2 });
    expect(trainerView(s, 2, 0)).toMatchObject({ participants: 2, connected: 2, revealed: true, counts: { answered: 2 } });
  });
  test('a broadcast that serializes each question as shown once sends what serializing every view whole would', () => {
    const facts = roomFacts(s);
    const made: object[] = [];
    for (const pid of ['p1', 'p2']) {
      const view = participantView(s, pid, 7, facts);
      const text = liveViewText(view, (q) => (made.push(q), JSON.stringify(q)));
      expect(JSON.parse(text)).toEqual(JSON.parse(liveMessageText({ t: 'view', view })));
      expect(readLiveServerMessage(text)).toMatchObject({ ok: true, message: { t: 'view', view: { role: 'participant', question: { id: 'q1' } } } });
    }
    // Seats shown the same order share one question object, so a cache keyed by it serializes it once.
    expect(new Set(made).size).toBeLessThanOrEqual(2);
    expect(participantView(s, 'p1', 8, facts).question).toBe(participantView(s, 'p1', 9, facts).question);
    expect(JSON.parse(liveViewText(trainerView(s, 2, 0), JSON.stringify))).toEqual(JSON.parse(liveMessageText({ t: 'view', view: trainerView(s, 2, 0) })));
  });
  test('an ended session takes no one and no answer', () => {
    const done = end(s);
    expect(join(done, 'p3', 'Cai', 0)).toBe('ended');
    expect(answer(done, 'p1', 'q1', { optionIds: ['a'], at: 0 })).toBe('ended');
  });
});

test('join codes are six digits', () => {
  expect(joinCode(() => 0)).toBe('100000');
  expect(joinCode(() => 0.999999)).toBe('999999');
});

test('bank items to phones: choices and true/false; not ordering', () => {
  const single = { id: 'i1', type: 'single', slide: 's', shuffle: true, prompt: { 'zh-CN': '问', en: 'Q' }, explanation: { 'zh-CN': '', en: '' }, options: [{ id: 'a', text: { 'zh-CN': '甲', en: 'A' }, correct: true }, { id: 'b', text: { 'zh-CN': '乙', en: 'B' }, correct: false }] } as QuizItem;
  expect(liveQuizQuestion(single)).toMatchObject({ kind: 'quiz', correct: ['a'], multiple: false, itemId: 'i1', options: [{ id: 'a', text: { 'zh-CN': '甲', en: 'A' } }, { id: 'b' }] });
  const tf = { id: 'i2', type: 'truefalse', slide: 's', answer: false, prompt: { 'zh-CN': '对吗', en: 'True?' }, explanation: { 'zh-CN': '', en: '' } } as QuizItem;
  expect(liveQuizQuestion(tf)).toMatchObject({ correct: ['false'], options: [{ id: 'true' }, { id: 'false' }] });
  const ordering = { id: 'i3', type: 'ordering', slide: 's', entries: [], prompt: { 'zh-CN': '', en: '' }, explanation: { 'zh-CN': '', en: '' } } as unknown as QuizItem;
  expect(phoneFriendly(ordering)).toBe(false);
  expect(liveQuizQuestion(ordering)).toBeUndefined();
});

test('polls from typed lines: 2 to 6 options', () => {
  expect(pollQuestion('哪个最难？', '分解\n\n跟踪\n', 'zh-CN')).toEqual({ kind: 'poll', prompt: { 'zh-CN': '哪个最难？' }, options: [{ id: 'o1', text: { 'zh-CN': '分解' } }, { id: 'o2', text: { 'zh-CN': '跟踪' } }] });
  expect(pollQuestion('Q', 'only one', 'en')).toBeUndefined();
  expect(pollQuestion(' ', 'a\nb', 'en')).toBeUndefined();
});

test('a live answer as a statement: a quiz scored 1 or 0, a goal by its criteria, anonymous or the trainee', async () => {
  const { liveAnswerStatement, smartAnswer } = await import('./answer-record');
  const { statementProblems } = await import('../xapi/validate');
  let s = ok(join(newSession('123456', '01-foundations', 0), 'p1', 'Amy', 0));
  s = ok(join(s, 'p2', 'Ben', 0, 'E1024'));
  const base = { homePage: 'https://hr.example.com', courseIri: 'https://academy.example.com/course' };
  const wrong = liveAnswerStatement({ ...base, id: '00000000-0000-4000-8000-000000000001', session: s, pid: 'p1', question: quiz, answer: { optionIds: ['b'], at: 2000 } });
  expect(wrong.result).toEqual({ response: 'b', score: { scaled: 0 }, success: false });
  expect(wrong.actor.account).toEqual({ homePage: 'https://hr.example.com/live', name: 'live-123456-p1' });
  expect(wrong.context?.contextActivities?.parent?.[0]?.id).toBe('https://academy.example.com/course/modules/01-foundations/quiz/items/i1');
  const goal = smartAnswer('  2026年第三季度华东区新签合同额达到500万元，比去年同期增长20%  ', 3000);
  expect('metCount' in goal && goal.metCount).toBeGreaterThanOrEqual(3);
  const smart: LiveQuestion = { id: 'q2', kind: 'smart', prompt: { en: 'Goal' }, pushedAt: 0 };
  const goalStatement = liveAnswerStatement({ ...base, id: '00000000-0000-4000-8000-000000000002', session: s, pid: 'p2', question: smart, answer: goal });
  expect(goalStatement.actor.account).toEqual({ homePage: 'https://hr.example.com', name: 'E1024' });
  expect(goalStatement.result?.response).toBe('2026年第三季度华东区新签合同额达到500万元，比去年同期增长20%');
  for (const st of [wrong, goalStatement]) expect(statementProblems(st)).toEqual([]);
});

test('equal totals share a place (1, 2, 2, 4), and the podium holds only trainees who scored', () => {
  let s = newSession('123456', '01-foundations', 0);
  for (const [pid, name] of [['p1', 'Amy'], ['p2', 'Ben'], ['p3', 'Cai'], ['p4', 'Dan'], ['p5', 'Eve']] as const) s = ok(join(s, pid, name, 0));
  s = push(s, quiz);
  s = ok(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 1000 }));
  s = ok(answer(s, 'p2', 'q1', { optionIds: ['a'], at: 3000 }));
  s = ok(answer(s, 'p3', 'q1', { optionIds: ['a'], at: 3000 }));
  s = ok(answer(s, 'p4', 'q1', { optionIds: ['b'], at: 3000 }));
  s = reveal(s, 'q1');
  const board = leaderboard(s);
  expect(board.map((r) => [r.name, r.points, r.rank])).toEqual([
    ['Amy', 1000, 1],
    ['Ben', 900, 2],
    ['Cai', 900, 2],
    ['Dan', 0, 4],
    ['Eve', 0, 4],
  ]);
  expect(participantView(s, 'p3', 0).result).toMatchObject({ rank: 2, of: 5 });
  expect(participantView(s, 'p5', 0).result).toMatchObject({ rank: 4, of: 5 });
  expect(podium(board).map((r) => r.name)).toEqual(['Amy', 'Ben', 'Cai']);
  expect(podium(board.filter((r) => r.points === 0))).toEqual([]);
  expect(readLiveServerMessage(liveMessageText({ t: 'view', view: trainerView(s, 5, 0) }))).toMatchObject({ ok: true, message: { view: { leaderboard: [{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 4 }, { rank: 4 }] } } });
});

test('when the session ends, each phone is told where it finished (equal totals share a place) and who is on the podium', () => {
  let s = newSession('123456', '01-foundations', 0);
  for (const [pid, name] of [['p1', 'Amy'], ['p2', 'Ben'], ['p3', 'Cai'], ['p4', 'Dan']] as const) s = ok(join(s, pid, name, 0));
  s = push(s, quiz);
  s = ok(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 1000 }));
  s = ok(answer(s, 'p2', 'q1', { optionIds: ['a'], at: 3000 }));
  s = ok(answer(s, 'p3', 'q1', { optionIds: ['a'], at: 3000 }));
  s = ok(answer(s, 'p4', 'q1', { optionIds: ['b'], at: 3000 }));
  s = reveal(s, 'q1');
  // Before the end nobody has a final standing.
  expect(participantView(s, 'p2', 0).final).toBeUndefined();
  s = end(s);
  const podiumRows = [
    { name: 'Amy', points: 1000, rank: 1 },
    { name: 'Ben', points: 900, rank: 2 },
    { name: 'Cai', points: 900, rank: 2 },
  ];
  expect(participantView(s, 'p1', 0).final).toEqual({ rank: 1, of: 4, points: 1000, podium: podiumRows });
  expect(participantView(s, 'p3', 0).final).toEqual({ rank: 2, of: 4, points: 900, podium: podiumRows });
  expect(participantView(s, 'p4', 0).final).toMatchObject({ rank: 4, of: 4, points: 0 });
  // The ranks are the leaderboard's own, and the view goes over the wire as it is.
  expect(leaderboard(s).find((r) => r.pid === 'p3')?.rank).toBe(2);
  expect(readLiveServerMessage(liveMessageText({ t: 'view', view: participantView(s, 'p3', 0) }))).toMatchObject({ ok: true, message: { view: { final: { rank: 2, of: 4, points: 900 } } } });
});

test('a session that ends without any quiz item gives no final standing: there is nothing to rank', () => {
  let s = newSession('123456', '01-foundations', 0);
  s = ok(join(s, 'p1', 'Amy', 0));
  s = push(s, { id: 'q1', kind: 'rating', prompt: { en: 'How useful?' }, max: 5, low: { en: 'Not' }, high: { en: 'Very' }, pushedAt: 0 });
  s = ok(answer(s, 'p1', 'q1', { rating: 4, at: 1000 }));
  s = end(s);
  expect(participantView(s, 'p1', 0).final).toBeUndefined();
});
