import { expect, test } from 'vitest';
import { newSession, join, push, answer, reveal, type LiveSession } from '../live/session';
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
