import { expect, test } from 'vitest';
import { objectionAnswer } from './answer-record';
import { liveMessageText, readLiveServerMessage } from './protocol';
import { newSession, push, reveal } from './session';
import { join } from './seats';
import { answer, counts } from './answers';
import { participantView, trainerView } from './views';

const asked = () => {
  let s = newSession('123456', '05-challenges', 0);
  for (const [pid, name] of [['p1', 'Amy'], ['p2', 'Ben']]) s = join(s, pid!, name!, 0) as typeof s;
  return push(s, { id: 'q1', kind: 'objection', objection: 'price', prompt: { en: 'Too expensive.' }, pushedAt: 0 });
};

test('an objection answer carries the recognised step, its warnings and the language guessed from the text', () => {
  expect(objectionAnswer('  Does that answer your concern? ', 5, 'price')).toEqual({ text: 'Does that answer your concern?', at: 5, step: 'affirm', warnings: [], locale: 'en' });
  expect(objectionAnswer('好吧，给您打八折。', 5, 'price')).toMatchObject({ step: 'none', warnings: ['concession'], locale: 'zh-CN' });
});

test('phones see the objection without anything else; the trainer sees counts by step and the split', () => {
  let s = asked();
  expect(participantView(s, 'p1', 0).question).toEqual({ id: 'q1', kind: 'objection', prompt: { en: 'Too expensive.' } });
  s = answer(s, 'p1', 'q1', objectionAnswer('What worries you most about the price?', 1, 'price')) as typeof s;
  s = answer(s, 'p2', 'q1', objectionAnswer('我理解，今年控制成本确实很重要。', 2, 'price')) as typeof s;
  expect(counts(s, 'q1')).toEqual({ answered: 2, byOption: { listen: 1, sympathize: 1 } });
  const view = trainerView(s, 2, 0);
  expect(view.split?.steps.listen.examples).toEqual(['What worries you most about the price?']);
  expect(view.split?.total).toBe(2);
});

test('an objection takes only a typed reply, and a SMART answer is not one', () => {
  const s = asked();
  expect(answer(s, 'p1', 'q1', { optionIds: ['a'], at: 1 })).toBe('invalid_answer');
  expect(answer(s, 'p1', 'q1', { text: 'x', at: 1, metCount: 1, verdicts: {} })).toBe('invalid_answer');
  expect(answer(s, 'p1', 'q1', objectionAnswer('   ', 1, 'price'))).toBe('invalid_answer');
});

test("after the reveal each phone sees how its own reply was read and the room's split, and reads it off the wire", () => {
  let s = asked();
  s = answer(s, 'p1', 'q1', objectionAnswer('What worries you most about the price?', 1, 'price')) as typeof s;
  s = answer(s, 'p2', 'q1', objectionAnswer('好吧，给您打八折。', 2, 'price')) as typeof s;
  expect(participantView(s, 'p1', 0).result).toBeUndefined();
  s = reveal(s, 'q1');
  const amy = participantView(s, 'p1', 0);
  expect(amy.result?.reply).toEqual({ step: 'listen', warnings: [] });
  expect(participantView(s, 'p2', 0).result?.reply).toEqual({ step: 'none', warnings: ['concession'] });
  expect(amy.result?.split?.steps.listen).toMatchObject({ count: 1, examples: ['What worries you most about the price?'] });
  expect(amy.result?.split?.warnings.concession).toBe(1);
  expect(amy.result?.split).toEqual(trainerView(s, 2, 0).split);
  expect(readLiveServerMessage(liveMessageText({ t: 'view', view: amy }))).toMatchObject({ ok: true, message: { view: { result: { reply: { step: 'listen' } } } } });
});
