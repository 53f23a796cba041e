import { expect, test } from 'vitest';
import { analyzeGoal } from '../smart';
import { smartAnswer } from './answer-record';
import { askQuestion, markAnswered, qaList, toggleVote } from './qa';
import { inSeatOrder, seatOrder } from './seat-order';
import { newSession, push, reveal, type LiveQuestion, type LiveSession } from './session';
import { join, removeParticipant, suggestName } from './seats';
import { answer, counts, LATE_GRACE_MS } from './answers';
import { leaderboard } from './leaderboard';
import { participantView, screenView } from './views';
import { answerWords, wordCloud } from './word-cloud';
import { liveMessageText, readLiveServerMessage } from './protocol';

const ok = (s: LiveSession | string): LiveSession => {
  if (typeof s === 'string') throw new Error(s);
  return s;
};
const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { en: id.toUpperCase() } }));
const quiz: LiveQuestion = { id: 'q1', kind: 'quiz', prompt: { en: 'Q' }, options, multiple: false, correct: ['c'], itemId: 'i1', pushedAt: 10_000, seconds: 10 };
const seated = (n: number) => {
  let s = newSession('123456', '01-foundations', 0);
  for (let i = 0; i < n; i++) s = ok(join(s, `seat-${i}`, `P${i}`, i));
  return s;
};

test('each seat sees its own order, the same after a reload, and is scored by what it chose, not where it was', () => {
  const orders = Array.from({ length: 20 }, (_, i) => seatOrder('q1', `seat-${i}`, ['a', 'b', 'c', 'd']).join(''));
  expect(new Set(orders).size).toBeGreaterThan(5);
  expect(seatOrder('q1', 'seat-3', ['a', 'b', 'c', 'd'])).toEqual(seatOrder('q1', 'seat-3', ['a', 'b', 'c', 'd']));
  for (const o of orders) expect([...o].sort().join('')).toBe('abcd');
  let s = push(seated(20), quiz);
  // Every phone taps its first option: only the seats that were shown the right one first score.
  for (let i = 0; i < 20; i++) {
    const shown = participantView(s, `seat-${i}`, 11_000).question as { options: { id: string }[] };
    expect(shown.options.map((o) => o.id)).toEqual(inSeatOrder(options, seatOrder('q1', `seat-${i}`, ['a', 'b', 'c', 'd'])).map((o) => o.id));
    s = ok(answer(s, `seat-${i}`, 'q1', { optionIds: [shown.options[0]!.id], at: 11_000 }));
  }
  s = reveal(s, 'q1');
  const rightFirst = orders.filter((o) => o[0] === 'c').length;
  expect(leaderboard(s).filter((r) => r.points > 0)).toHaveLength(rightFirst);
  expect(rightFirst).toBeLessThan(20);
});

test('the server refuses an answer after the time limit, and points fall with time', () => {
  let s = push(seated(3), quiz);
  s = ok(answer(s, 'seat-0', 'q1', { optionIds: ['c'], at: 10_000 }));
  s = ok(answer(s, 'seat-1', 'q1', { optionIds: ['c'], at: 20_000 + LATE_GRACE_MS }));
  expect(answer(s, 'seat-2', 'q1', { optionIds: ['c'], at: 20_001 + LATE_GRACE_MS })).toBe('late');
  s = reveal(s, 'q1');
  expect(leaderboard(s).map((r) => r.points)).toEqual([1000, 500, 0]);
});

test('names are unique in a room: a taken name is refused and a free variant suggested', () => {
  let s = ok(join(newSession('123456', 'm', 0), 'seat-a', '李雷', 0));
  expect(join(s, 'seat-b', ' 李雷 ', 0)).toBe('name_taken');
  expect(suggestName(s, 'seat-b', '李雷')).toBe('李雷 2');
  s = ok(join(s, 'seat-b', '李雷 2', 0));
  expect(suggestName(s, 'seat-c', '李雷')).toBe('李雷 3');
  expect(join(s, 'seat-c', 'AMY', 0)).not.toBe('name_taken');
  s = ok(join(s, 'seat-c', 'Amy', 0));
  expect(join(s, 'seat-d', 'amy', 0)).toBe('name_taken');
  // The same seat coming back keeps its name.
  expect(join(s, 'seat-a', '李雷', 5)).not.toBe('name_taken');
});

test('a removed seat leaves the board and cannot come back', () => {
  let s = seated(2);
  s = removeParticipant(s, 'seat-1');
  expect(Object.keys(s.participants)).toEqual(['seat-0']);
  expect(join(s, 'seat-1', 'P1', 9)).toBe('removed');
});

test('a rating counts each value; open answers make a word cloud; the screen sees no quiz counts before the reveal', () => {
  let s = push(seated(3), { id: 'r1', kind: 'rating', prompt: { en: 'How sure?' }, max: 5, low: { en: 'Not' }, high: { en: 'Very' }, pushedAt: 0 });
  expect(answer(s, 'seat-0', 'r1', { rating: 6, at: 1 })).toBe('invalid_answer');
  s = ok(answer(s, 'seat-0', 'r1', { rating: 4, at: 1 }));
  s = ok(answer(s, 'seat-1', 'r1', { rating: 4, at: 1 }));
  expect(counts(s, 'r1').byOption).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2, 5: 0 });
  s = push(s, quiz);
  s = ok(answer(s, 'seat-0', 'q1', { optionIds: ['c'], at: 10_500 }));
  expect(screenView(s, 0).counts).toBeUndefined();
  expect(screenView(s, 0).answered).toBe(1);
  expect(screenView(reveal(s, 'q1'), 0)).toMatchObject({ counts: { c: 1 }, correct: ['c'] });
});

test('Chinese answers are cut into words by Intl.Segmenter; filler words are dropped; a word counts once per answer', () => {
  expect(answerWords('客户满意度很重要', 'zh-CN')).toEqual(expect.arrayContaining(['客户', '重要']));
  expect(answerWords('客户满意度很重要', 'zh-CN')).not.toContain('很');
  expect(answerWords('The customer is the customer', 'en')).toEqual(['customer']);
  const cloud = wordCloud([answerWords('客户第一，客户至上', 'zh-CN'), answerWords('以客户为中心', 'zh-CN'), answerWords('团队合作', 'zh-CN')]);
  expect(cloud[0]).toEqual({ word: '客户', count: 2 });
});

test('Q&A: a phone asks, the room upvotes, the list ranks by votes, the trainer marks one answered', () => {
  let s = push(seated(3), { id: 'qa1', kind: 'qa', prompt: { en: 'Ask' }, pushedAt: 0 });
  s = ok(askQuestion(s, 'seat-0', 'e1', 'How to set a stretch goal?', 1));
  s = ok(askQuestion(s, 'seat-1', 'e2', 'What about seasonality?', 2));
  s = ok(toggleVote(s, 'seat-2', 'e2'));
  expect(qaList(s, 'qa1', 'seat-2').map((e) => [e.id, e.votes, e.mine])).toEqual([
    ['e2', 2, true],
    ['e1', 1, false],
  ]);
  s = ok(toggleVote(s, 'seat-2', 'e2'));
  s = markAnswered(s, 'e1', true);
  expect(qaList(s, 'qa1').map((e) => [e.id, e.answered])).toEqual([
    ['e2', false],
    ['e1', true],
  ]);
});

test('a goal call judged against the company: its priorities make Relevant and its figures Achievable', () => {
  const context = { marketGrowth: 0.25, priorities: ['企业级客户|企业级', '华东'], scopes: ['华东'], baselines: { revenue: 48_000_000 } };
  const q = { id: 's1', kind: 'smart' as const, prompt: {}, pushedAt: 0, scenario: { id: 'c', name: { en: 'X' }, summary: { en: 'Y' }, year: 2027, context: { 'zh-CN': context } } };
  const text = '2027年底前，华东区企业级客户销售额从4800万元提高到6000万元';
  const a = smartAnswer(text, 1, q, 'zh-CN');
  expect('verdicts' in a && a.verdicts).toMatchObject({ relevant: 'met', achievable: analyzeGoal({ text, locale: 'zh-CN', context }).achievable });
  expect('verdicts' in a && a.verdicts.relevant).not.toBe(analyzeGoal({ text, locale: 'zh-CN' }).relevant);
});

test('phones see the figures a goal call is judged against, and a criterion not met comes back with the reason', () => {
  const context = { marketGrowth: 0.25, priorities: ['企业级客户|企业级'], scopes: [], baselines: { revenue: 48_000_000 } };
  const en = { ...context, priorities: ['enterprise customers|enterprise'] };
  const q: LiveQuestion = { id: 's1', kind: 'smart', prompt: {}, pushedAt: 0, scenario: { id: 'c', name: { en: 'X' }, summary: { en: 'Y' }, year: 2027, context: { 'zh-CN': context, en } } };
  let s = ok(join(newSession('123456', '01-foundations', 0), 'p1', 'Dana', 0, undefined, 'en'));
  s = push(s, q);
  expect(participantView(s, 'p1', 0).question).toMatchObject({
    scenario: { facts: { marketGrowth: 0.25, lastYear: { revenue: 48_000_000 }, priorities: { 'zh-CN': ['企业级客户'], en: ['enterprise customers'] } } },
  });
  expect(screenView(s, 0).question).toMatchObject({ scenario: { facts: { lastYear: { revenue: 48_000_000 } } } });

  const a = smartAnswer('Reach RMB 300 million in revenue from enterprise customers by 31 December 2027.', 1, q as Extract<LiveQuestion, { kind: 'smart' }>, 'en');
  s = ok(answer(s, 'p1', 's1', a));
  s = reveal(s, 's1');
  const result = participantView(s, 'p1', 0).result!;
  expect(result.verdicts).toMatchObject({ achievable: 'not_met' });
  expect(result.why?.achievable).toMatchObject({ key: 'smart.feedback.achievable.tooHigh', values: { market: expect.closeTo(0.25, 10) } });
  expect(result.why?.specific).toBeUndefined();
  expect(readLiveServerMessage(liveMessageText({ t: 'view', view: participantView(s, 'p1', 0) }))).toMatchObject({ ok: true, message: { view: { result: { why: { achievable: { key: 'smart.feedback.achievable.tooHigh' } } }, question: { scenario: { facts: { lastYear: { revenue: 48_000_000 } } } } } } });
});

test('a goal is judged in the language it is written in, whatever the phone shows, and a missed priority list survives the wire', () => {
  const zh = { marketGrowth: 0.25, priorities: ['企业级客户|企业级', '华东'], scopes: ['华东'], baselines: { revenue: 48_000_000 } };
  const en = { ...zh, priorities: ['enterprise customers|enterprise', 'East China'], scopes: ['East China'] };
  const q: LiveQuestion = { id: 's1', kind: 'smart', prompt: {}, pushedAt: 0, scenario: { id: 'c', name: { en: 'X' }, summary: { en: 'Y' }, year: 2027, context: { 'zh-CN': zh, en } } };
  // Chinese with a Latin acronym, sent from an English phone: still read as Chinese.
  const a = smartAnswer('2027年第三季度，华东地区企业级客户的SaaS销售额达到1500万元', 1, q as Extract<LiveQuestion, { kind: 'smart' }>, 'en');
  expect('locale' in a && a.locale).toBe('zh-CN');
  expect('verdicts' in a && a.verdicts).toMatchObject({ specific: 'met', measurable: 'met', timeBound: 'met', relevant: 'met' });
  // English with one Chinese term, from a Chinese phone: read as English.
  const b = smartAnswer('By the end of 2027, grow revenue from enterprise customers (企业级) in East China to RMB 60 million.', 1, q as Extract<LiveQuestion, { kind: 'smart' }>, 'zh-CN');
  expect('locale' in b && b.locale).toBe('en');
  expect('verdicts' in b && b.verdicts).toMatchObject({ measurable: 'met', timeBound: 'met', relevant: 'met' });

  const off = smartAnswer('Grow revenue from retail shops to RMB 50 million by the end of 2027.', 1, q as Extract<LiveQuestion, { kind: 'smart' }>, 'zh-CN');
  let s = ok(join(newSession('123456', '01-foundations', 0), 'p1', 'Dana', 0, undefined, 'en'));
  s = push(s, q);
  s = reveal(ok(answer(s, 'p1', 's1', off)), 's1');
  const sent = readLiveServerMessage(liveMessageText({ t: 'view', view: participantView(s, 'p1', 0) }));
  expect(sent).toMatchObject({ ok: true, message: { view: { result: { why: { relevant: { key: 'smart.feedback.relevant.missing', values: { priorities: ['enterprise customers', 'East China'] } } } } } } });
});

test('a goal call written with a deadline behind the server’s date is not Time-bound, and the phone is told why', () => {
  const a = smartAnswer('2024年底前，华东区企业级客户销售额达到6000万元', 1, undefined, 'zh-CN', '2026-12-05');
  expect('verdicts' in a && a.verdicts.timeBound).toBe('not_met');
  expect('why' in a && a.why?.timeBound).toEqual({ key: 'smart.feedback.timeBound.past', values: { deadline: ['2024年底'], year: 2026 } });
  const ahead = smartAnswer('2027年底前，华东区企业级客户销售额达到6000万元', 1, undefined, 'zh-CN', '2026-12-05');
  expect('verdicts' in ahead && ahead.verdicts.timeBound).toBe('met');
});
