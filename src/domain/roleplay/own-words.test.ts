import { expect, test } from 'vitest';
import { answerTurn, replySimilarity } from './own-words';
import { chooseReply, restoreRoleplayState, startRun, emptyRoleplayState } from './runs';
import { scoreRun } from './score';
import type { Choice, DialogueNode, Quality, ReplyStep, RoleplayScenario } from './types';

const t = (en: string, zh = en) => ({ 'zh-CN': zh, en });
const choice = (en: string, zh: string, step: ReplyStep, quality: Quality, next = 'won'): Choice => ({ text: t(en, zh), step, quality, feedback: t('why'), next });

const node: DialogueNode = {
  customer: t('Your price is too high.', '你们太贵了。'),
  choices: [
    choice('OK, I will give you a 10% discount.', '好吧，给您打九折。', 'none', 'poor', 'lost'),
    choice('Could you tell me how you compared the two quotes?', '能说说您是怎么比较两份报价的吗？', 'listen', 'best', 'details'),
    choice('What budget did you have in mind?', '您原本的预算是多少？', 'listen', 'ok', 'budget'),
    choice('Our price is fair, believe me.', '我们的价格很公道。', 'none', 'poor', 'pushback'),
  ],
};

test('a typed reply continues on the scripted reply with the same step, the most alike when several', () => {
  const close = answerTurn(node, { text: 'What budget had you in mind for this?', locale: 'en' });
  expect(close).toMatchObject({ choiceIndex: 2, matched: true, verdict: { step: 'listen' } });
  const zh = answerTurn(node, { text: '能具体说说您是怎么比较这两份报价的吗？', locale: 'zh-CN' });
  expect(zh).toMatchObject({ choiceIndex: 1, matched: true, verdict: { step: 'listen' } });
});

test('when the words do not tell same-step replies apart, the stronger one is taken', () => {
  const r = answerTurn(node, { text: 'Go on, please.', locale: 'en' });
  expect(r).toMatchObject({ choiceIndex: 1, matched: true });
});

test('a none reply, or a step no scripted reply takes, continues on the poor reply', () => {
  const discount = answerTurn(node, { text: 'Fine, I can drop the price by 15% for you.', locale: 'en' });
  expect(discount).toMatchObject({ matched: false, verdict: { step: 'none', warnings: ['concession'] } });
  expect(node.choices[discount.choiceIndex]!.quality).toBe('poor');
  const position = answerTurn(node, { text: '我们可以先在一个车间试点，看到回报再决定。', locale: 'zh-CN' });
  expect(position.verdict.step).toBe('position');
  expect(position.matched).toBe(false);
  expect(node.choices[position.choiceIndex]!.quality).toBe('poor');
});

test('similarity is 1 for the same words, 0 for nothing shared, in either script', () => {
  expect(replySimilarity('What budget?', 'what budget')).toBe(1);
  expect(replySimilarity('能说说吗', '能说说吗')).toBe(1);
  expect(replySimilarity('abc', 'xyz')).toBe(0);
  expect(replySimilarity('', '')).toBe(0);
});

const scenario: RoleplayScenario = {
  id: 'price',
  objection: 'price',
  title: t('t'),
  persona: t('p'),
  start: 'n1',
  nodes: {
    n1: { customer: t('a'), choices: [choice('x', 'x', 'none', 'poor', 'n2'), choice('y', 'y', 'listen', 'best', 'n2')] },
    n2: { customer: t('b'), choices: [choice('x', 'x', 'none', 'ok', 'won'), choice('y', 'y', 'affirm', 'best', 'won')] },
    won: { ending: 'won', summary: t('w') },
  },
};

test('the run is scored on the recognised steps of typed replies, the scripted step elsewhere', () => {
  expect(scoreRun(scenario, [0, 0]).steps.listen.done).toBe(false);
  const typed = scoreRun(scenario, [0, 0], ['listen', null]);
  expect(typed.steps.listen).toEqual({ done: true, inOrder: true });
  expect(typed.turns.map((x) => x.step)).toEqual(['listen', 'none']);
});

test('a run keeps the recognised step per turn, null for a reply picked from the list, and survives a reload', () => {
  let s = startRun(emptyRoleplayState, { scenarioId: 'price', feedback: 'now', typeFirst: false, ownWords: true, startedAt: 'a' });
  s = chooseReply(s, 'price', 1, 'Could you tell me more?', 'listen');
  s = chooseReply(s, 'price', 0);
  expect(s.active.price).toMatchObject({ choices: [1, 0], typed: ['Could you tell me more?', ''], steps: ['listen', null] });
  const stored = JSON.stringify({ state: s, version: 1 });
  expect(restoreRoleplayState(stored)).toEqual({ state: s });
  const broken = JSON.stringify({ state: { ...s, active: { price: { ...s.active.price, steps: ['shout', null] } } }, version: 1 });
  expect(restoreRoleplayState(broken).recovered).toBe('invalidShape');
});

test.each([
  ['明白。您能具体说说吗？您是从哪几个方面比较这两份方案的？', 'en', 'listen', 1],
  ['能具体说说您是怎么比较这两份报价的吗？', 'en', 'listen', 1],
  ['您原本的预算是多少？', 'en', 'listen', 2],
  ['我们的价格很公道，一分钱一分货。', 'en', 'none', 3],
  ['Could you tell me how you compared the two quotes?', 'zh-CN', 'listen', 1],
  ['What budget did you have in mind?', 'zh-CN', 'listen', 2],
  ['OK, I will give you a 10% discount.', 'zh-CN', 'none', 0],
] as const)('a reply is judged in the language it is written in, not the page’s: “%s” on a %s page is %s', (text, page, step, choiceIndex) => {
  const r = answerTurn(node, { text, locale: page });
  expect(r.verdict.step).toBe(step);
  expect(r.choiceIndex).toBe(choiceIndex);
});
