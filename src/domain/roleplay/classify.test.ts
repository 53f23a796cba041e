import { expect, test } from 'vitest';
import { classifyReply } from './classify';
import type { ReplyStep } from './types';

const step = (text: string, locale: 'zh-CN' | 'en' = 'en') => classifyReply({ text, locale }).step;

test.each<[ReplyStep, string, string]>([
  ['listen', 'Could you tell me more about how your team compared the offers?', '能具体说说您是怎么比较这两家方案的吗？'],
  ['sympathize', 'I understand, keeping costs down really matters this year.', '我理解，今年控制成本确实很重要。'],
  ['confirm', 'So if I understand you, it is the yearly fee that worries you, not the total. Is that right?', '我确认一下：您担心的是每年的费用，而不是总价，对吗？'],
  ['position', 'We could start with a pilot in one workshop, so you only pay for a third until you see the payback.', '我们可以先在一个车间试点，看到回报再决定，先只投入三分之一。'],
  ['affirm', 'Does that answer your concern about the price?', '这样解释回答了您对价格的顾虑吗？'],
  ['none', 'That is not true, our price is perfectly fair.', '这不对，我们的价格非常公道。'],
])('a %s reply is recognised in both languages', (expected, en, zh) => {
  expect(step(en, 'en')).toBe(expected);
  expect(step(zh, 'zh-CN')).toBe(expected);
});

test('an unconditional discount is none, with a concession warning and the words that decided it', () => {
  const en = classifyReply({ text: 'I understand. Fine, I will give you a 20% discount.', locale: 'en' });
  expect(en).toMatchObject({ step: 'none', warnings: ['concession'] });
  expect(en.cues).toContain('discount');
  const zh = classifyReply({ text: '理解理解，那我给您打八折吧。', locale: 'zh-CN' });
  expect(zh).toMatchObject({ step: 'none', warnings: ['concession'] });
  expect(zh.cues.join()).toContain('八折');
});

test('a concession traded for something in return is a position, without a warning', () => {
  const en = classifyReply({ text: 'If you sign a two-year contract, we can take 5% off the license fee.', locale: 'en' });
  expect(en).toMatchObject({ step: 'position', warnings: [] });
  const zh = classifyReply({ text: '如果您预付全款，我们把现场培训从10天调成5天，价格相应下调。', locale: 'zh-CN' });
  expect(zh).toMatchObject({ step: 'position', warnings: [] });
});

test('taking back a discount is not a concession', () => {
  const r = classifyReply({ text: "Fair point, forget the discount. Could you tell me what you compared?", locale: 'en' });
  expect(r.step).toBe('listen');
  expect(r.warnings).toEqual([]);
});

test('telling the customer they are wrong is flagged as contradicting them', () => {
  expect(classifyReply({ text: "No, you're wrong, the features are not the same.", locale: 'en' }).warnings).toContain('contradiction');
  expect(classifyReply({ text: '您搞错了，两家功能根本不一样。', locale: 'zh-CN' }).warnings).toContain('contradiction');
});

test('a reply too long for the 70/30 rule is flagged as a monologue, whatever its step', () => {
  const long = Array.from({ length: 12 }, () => 'we can include training, support and upgrades').join(' and ');
  expect(classifyReply({ text: long, locale: 'en' }).warnings).toContain('monologue');
  expect(classifyReply({ text: '我们可以'.repeat(40), locale: 'zh-CN' }).warnings).toContain('monologue');
  expect(classifyReply({ text: 'We can include training.', locale: 'en' }).warnings).not.toContain('monologue');
});

test('understanding said on the way to another step does not hide that step', () => {
  expect(step('I understand. Could you tell me what your boss said about the budget?')).toBe('listen');
  expect(step('我理解。我们可以先在一条产线试点，看到效果再决定。', 'zh-CN')).toBe('position');
});

test('sympathizing is not conceding: agreeing the price is too high is none', () => {
  expect(step("You're right, we are too expensive, sorry. I'll see what discount I can get.")).toBe('none');
  expect(step('I can see why the gap between the two quotes would worry you.')).toBe('sympathize');
});

test('confirming restates and checks; listening opens', () => {
  expect(step('What worries you most about the rollout?')).toBe('listen');
  expect(step('So the worry is the rollout during peak season, is that right?')).toBe('confirm');
});

test('an empty or cue-less reply is none with no confidence; nothing throws on odd input', () => {
  expect(classifyReply({ text: '   ', locale: 'en' })).toEqual({ step: 'none', confidence: 0, cues: [], warnings: [] });
  expect(classifyReply({ text: 'Banana.', locale: 'en' })).toMatchObject({ step: 'none', confidence: 0 });
  expect(() => classifyReply({ text: '？？？（）[]\\^$.*+', locale: 'zh-CN' })).not.toThrow();
});

test('confidence is between 0 and 1 and higher for a clear reply than for a mixed one', () => {
  const clear = classifyReply({ text: 'Does that answer your concern? Are you comfortable moving ahead?', locale: 'en' }).confidence;
  const mixed = classifyReply({ text: 'I understand. What else?', locale: 'en' }).confidence;
  expect(clear).toBeGreaterThan(mixed);
  expect(clear).toBeLessThanOrEqual(1);
  expect(mixed).toBeGreaterThanOrEqual(0);
});

test('after a position, a checking question leans to affirm', () => {
  const text = 'Is that what your team needs?';
  expect(classifyReply({ text, locale: 'en', context: { priorStep: 'position' } }).step).toBe('affirm');
});

test('the words that decided a reply are quoted as the trainee wrote them: their case kept, no stray punctuation before them', () => {
  const text = 'I hear you, budgets are tight this year. What matters most to you besides price?';
  const { cues } = classifyReply({ text, locale: 'en' });
  expect(cues.length).toBeGreaterThan(0);
  for (const cue of cues) {
    expect(text, cue).toContain(cue);
    expect(cue).not.toMatch(/^[\s\p{P}]/u);
  }
});
