import { expect, test } from 'vitest';
import { newSession, push, reveal, type LiveSession } from '../live/session';
import { join, removeParticipant } from '../live/seats';
import { answer } from '../live/answers';
import { askQuestion, markAnswered, toggleVote } from '../live/qa';
import { sessionResultRows } from './results';
import { toCsv } from '../csv';

const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);

function played(): LiveSession {
  let s = newSession('123456', '01-foundations', T0);
  s = join(s, 'pa', 'Amy', T0, 'E001') as LiveSession;
  s = join(s, 'pb', '=Ben', T0) as LiveSession;
  s = push(s, { id: 'q1', kind: 'quiz', prompt: { 'zh-CN': '对吗？', en: 'Right?' }, options: [{ id: 'a', text: { 'zh-CN': '对', en: 'Yes' } }, { id: 'b', text: { 'zh-CN': '错', en: 'No' } }], multiple: false, correct: ['a'], itemId: 'i1', pushedAt: T0, seconds: 20 });
  s = answer(s, 'pb', 'q1', { optionIds: ['b'], at: T0 + 4000 }) as LiveSession;
  s = answer(s, 'pa', 'q1', { optionIds: ['a'], at: T0 + 2000 }) as LiveSession;
  s = reveal(s, 'q1');
  s = push(s, { id: 'q2', kind: 'poll', prompt: { 'zh-CN': '喜欢吗？', en: 'Like it?' }, options: [{ id: 'x', text: { 'zh-CN': '喜欢', en: 'Yes' } }, { id: 'y', text: { 'zh-CN': '不', en: 'No' } }], pushedAt: T0 + 60_000 });
  s = answer(s, 'pa', 'q2', { optionIds: ['y'], at: T0 + 61_500 }) as LiveSession;
  return s;
}

test('one row per answer, in question order then by time: who, what, right or wrong, points and when', () => {
  const rows = sessionResultRows(played(), 'en');
  expect(rows[0]).toEqual(['No.', 'Question', 'Type', 'Name', 'Employee ID', 'Answer', 'Correct', 'Points', 'Answered at', 'Seconds taken']);
  expect(rows.slice(1)).toEqual([
    [1, 'Right?', 'Quiz', 'Amy', 'E001', 'Yes', 'right', 950, new Date(T0 + 2000), 2],
    [1, 'Right?', 'Quiz', '=Ben', '', 'No', 'wrong', 0, new Date(T0 + 4000), 4],
    [2, 'Like it?', 'Poll', 'Amy', 'E001', 'No', '', null, new Date(T0 + 61_500), 1.5],
  ]);
});

test('in Chinese the sheet speaks Chinese; an unrevealed quiz item has no points yet', () => {
  let s = played();
  s = { ...s, revealed: [] };
  const rows = sessionResultRows(s, 'zh-CN');
  expect(rows[0]![0]).toBe('题号');
  expect(rows[1]!.slice(1, 8)).toEqual(['对吗？', '测验', 'Amy', 'E001', '对', '未公布', null]);
});

test('in CSV the times are ISO 8601 instants and a name that looks like a formula is defused', () => {
  const csv = toCsv(sessionResultRows(played(), 'en'));
  expect(csv).toContain('"2026-12-04T09:00:02.000Z"');
  expect(csv).toContain(`"'=Ben"`);
});

// Every kind of question a trainer can push, one after another, as in a real session.
function everyKind(): LiveSession {
  let s = played();
  s = push(s, { id: 'q3', kind: 'open', prompt: { en: 'One word?' }, pushedAt: T0 + 120_000 });
  s = answer(s, 'pa', 'q3', { text: 'clear', at: T0 + 121_000, words: ['clear'] }) as LiveSession;
  s = push(s, { id: 'q4', kind: 'rating', prompt: { en: 'How sure?' }, max: 5, low: { 'zh-CN': '完全不', en: 'Not at all' }, high: { 'zh-CN': '完全是', en: 'Completely' }, pushedAt: T0 + 180_000 });
  s = answer(s, 'pb', 'q4', { rating: 4, at: T0 + 182_000 }) as LiveSession;
  s = push(s, { id: 'q5', kind: 'qa', prompt: { 'zh-CN': '有问题尽管问。', en: 'Ask anything.' }, pushedAt: T0 + 240_000 });
  s = askQuestion(s, 'pb', 'e1', 'Is the deck shared?', T0 + 245_000) as LiveSession;
  s = toggleVote(s, 'pa', 'e1') as LiveSession;
  s = markAnswered(s, 'e1', true);
  const scenario = { id: 'cloud', name: { 'zh-CN': '云协同', en: 'CloudCo' }, summary: { 'zh-CN': '…', en: '…' }, year: 2027, context: {} };
  s = push(s, { id: 'q6', kind: 'smart', prompt: {}, scenario, pushedAt: T0 + 300_000 });
  s = answer(s, 'pa', 'q6', { text: 'Grow', at: T0 + 301_000, metCount: 1, verdicts: {}, locale: 'en' }) as LiveSession;
  s = push(s, { id: 'q7', kind: 'poll', prompt: { en: 'Nobody?' }, options: [{ id: 'x', text: { en: 'A' } }, { id: 'y', text: { en: 'B' } }], pushedAt: T0 + 360_000 });
  return s;
}

test('every question of the session is in the export, with its type and its question in the export\'s language', () => {
  const en = sessionResultRows(everyKind(), 'en').slice(1);
  expect(en.map((r) => [r[0], r[1], r[2]])).toEqual([
    [1, 'Right?', 'Quiz'],
    [1, 'Right?', 'Quiz'],
    [2, 'Like it?', 'Poll'],
    [3, 'One word?', 'Word cloud'],
    [4, 'How sure?', 'Rating'],
    [5, 'Ask anything.', 'Q&A'],
    [6, 'Write a SMART sales goal for CloudCo for 2027.', 'SMART goal'],
    [7, 'Nobody?', 'Poll'],
  ]);
  expect(en[5]!.slice(3, 6)).toEqual(['=Ben', '', 'Is the deck shared? (2 votes, answered)']);
  expect(en[6]![5]).toBe('Grow (1 criterion met)');
  expect(en[7]!.slice(3)).toEqual(['', '', '', '', null, null, null]);

  const zh = sessionResultRows(everyKind(), 'zh-CN').slice(1);
  expect(zh.map((r) => [r[1], r[2]]).slice(3)).toEqual([
    ['One word?', '词云'],
    ['How sure?', '评分'],
    ['有问题尽管问。', '问答'],
    ['请为云协同写一个 2027 年的 SMART 销售目标。', 'SMART 目标'],
    ['Nobody?', '投票'],
  ]);
  expect(zh[5]![5]).toBe('Is the deck shared? (2 票，已回答)');
});

test('a trainee the trainer removed keeps, in the export, the name and points of what they answered before', () => {
  const s = removeParticipant(played(), 'pa');
  const rows = sessionResultRows(s, 'en').slice(1);
  expect(rows[0]!.slice(3, 8)).toEqual(['Amy', 'E001', 'Yes', 'right', 950]);
  expect(rows[2]!.slice(3, 5)).toEqual(['Amy', 'E001']);
});
