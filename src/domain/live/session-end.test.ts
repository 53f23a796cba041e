import { expect, test } from 'vitest';
import { askQuestion } from './qa';
import { end, newSession, push, reveal, type LiveQuestion, type LiveSession } from './session';
import { join, removeParticipant } from './seats';
import { answer } from './answers';
import { leaderboard } from './leaderboard';
import { readLiveServerMessage, liveMessageText } from './protocol';
import { participantView, screenView, trainerView } from './views';
import { roomSummary, tookPart } from './took-part';

const quiz: LiveQuestion = { id: 'q1', kind: 'quiz', prompt: { en: 'Q' }, options: [{ id: 'a', text: { en: 'A' } }, { id: 'b', text: { en: 'B' } }], multiple: false, correct: ['a'], itemId: 'i1', pushedAt: 1000, seconds: 10 };
const ok = (s: LiveSession | string): LiveSession => {
  if (typeof s === 'string') throw new Error(s);
  return s;
};
const room = () => {
  let s = newSession('123456', '01-foundations', 0);
  for (const [pid, name] of [['p1', 'Amy'], ['p2', 'Ben'], ['p3', 'Cai']] as const) s = ok(join(s, pid, name, 0, undefined, 'en'));
  return s;
};

test('ending while a quiz item is open counts the answers already in, once each, in the final standing', () => {
  let s = push(room(), quiz);
  s = ok(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 1000 }));
  s = ok(answer(s, 'p2', 'q1', { optionIds: ['b'], at: 2000 }));
  s = end(s);
  expect(participantView(s, 'p1', 0).final).toEqual({ rank: 1, of: 3, points: 1000, podium: [{ name: 'Amy', points: 1000, rank: 1 }] });
  expect(participantView(s, 'p3', 0).final).toMatchObject({ rank: 2, of: 3, points: 0 });
  // Nothing more comes in after the end, and ending again (a second console) changes nothing.
  expect(answer(s, 'p3', 'q1', { optionIds: ['a'], at: 3000 })).toBe('ended');
  expect(end(s)).toBe(s);
  expect(end(reveal(s, 'q1'))).toEqual(s);
  expect(leaderboard(s).map((r) => r.points)).toEqual([1000, 0, 0]);
  expect(screenView(s, 0).board[0]).toEqual({ name: 'Amy', points: 1000, rank: 1 });
});

test('a phone that had a seat comes back to it after the end (its name as it was); nobody new sits down', () => {
  const s = end(push(room(), quiz));
  expect(ok(join(s, 'p2', 'Ben', 50)).participants).toEqual(s.participants);
  expect(ok(join(s, 'p2', 'Someone else', 50)).participants.p2).toEqual({ name: 'Ben', joinedAt: 0, lang: 'en' });
  expect(join(s, 'p9', 'Dan', 50)).toBe('ended');
  expect(join(end(removeParticipant(room(), 'p3')), 'p3', 'Cai', 50)).toBe('removed');
});

test('after the end every phone is told what it took part in, and the screen and console what the room did', () => {
  let s = room();
  const rating: LiveQuestion = { id: 'r1', kind: 'rating', prompt: { en: 'How useful?' }, max: 5, low: { en: 'Not' }, high: { en: 'Very' }, pushedAt: 0 };
  const open: LiveQuestion = { id: 'o1', kind: 'open', prompt: { en: 'One word' }, pushedAt: 0 };
  const qa: LiveQuestion = { id: 'a1', kind: 'qa', prompt: { en: 'Ask' }, pushedAt: 0 };
  s = ok(answer(push(s, rating), 'p1', 'r1', { rating: 4, at: 10 }));
  s = ok(answer(s, 'p2', 'r1', { rating: 5, at: 10 }));
  s = ok(answer(push(s, open), 'p1', 'o1', { text: 'goals', words: ['goals'], at: 20 }));
  s = ok(askQuestion(push(s, qa), 'p1', 'e1', 'When is the break?', 30));
  expect(participantView(s, 'p1', 0).tookPart).toBeUndefined();
  s = end(s);
  expect(participantView(s, 'p1', 0)).toMatchObject({ ended: true, tookPart: { questions: 2, answered: { rating: 1, open: 1 }, asked: 1 } });
  expect(participantView(s, 'p1', 0).final).toBeUndefined();
  expect(tookPart(s, 'p3')).toEqual({ questions: 2, answered: {}, asked: 0 });
  expect(roomSummary(s)).toEqual({ people: 3, questions: 2, answers: 3, asked: 1 });
  expect(screenView(s, 0).summary).toEqual(roomSummary(s));
  expect(trainerView(s, 0, 0).summary).toEqual(roomSummary(s));
  // The views go over the wire as they are.
  for (const view of [participantView(s, 'p1', 0), screenView(s, 0), trainerView(s, 0, 0)]) expect(readLiveServerMessage(liveMessageText({ t: 'view', view }))).toMatchObject({ ok: true, message: { view } });
});

test('a room where nobody scored quiz points gets no standing (not "1st of 3, with 0 points"), only what each seat took part in', () => {
  let s = push(room(), quiz);
  s = ok(answer(s, 'p1', 'q1', { optionIds: ['b'], at: 1000 }));
  s = end(s);
  for (const pid of ['p1', 'p2', 'p3']) expect(participantView(s, pid, 0).final).toBeUndefined();
  expect(participantView(s, 'p1', 0).tookPart).toEqual({ questions: 1, answered: { quiz: 1 }, asked: 0 });
  expect(participantView(s, 'p2', 0).tookPart).toEqual({ questions: 1, answered: {}, asked: 0 });
});
