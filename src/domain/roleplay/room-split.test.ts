import { expect, test } from 'vitest';
import { EXAMPLE_MAX, roomReplySplit } from './room-split';

test("a room's replies split by step, with shares, warnings and anonymous examples", () => {
  const split = roomReplySplit(
    [
      { text: 'Could you tell me more about how you compared the quotes?', locale: 'en' },
      { text: '能具体说说您是怎么比较这两份报价的吗？', locale: 'zh-CN' },
      { text: 'OK, I will give you a 20% discount.', locale: 'en' },
      { text: 'OK, I will give you a 20% discount.', locale: 'en' },
      { text: '   ', locale: 'en' },
    ],
    { objection: 'price' },
  );
  expect(split.total).toBe(4);
  expect(split.steps.listen).toMatchObject({ count: 2, share: 0.5 });
  expect(split.steps.listen.examples).toHaveLength(2);
  expect(split.steps.none).toMatchObject({ count: 2, examples: ['OK, I will give you a 20% discount.'] });
  expect(split.steps.affirm).toEqual({ count: 0, share: 0, examples: [] });
  expect(split.warnings.concession).toBe(2);
});

test('examples are capped per step and cut to a projector-sized length', () => {
  const long = `Could you tell me more about ${'the budget and the plan '.repeat(20)}?`;
  const split = roomReplySplit(
    [long, 'What worries you most?', 'Could you walk me through it?', 'How did you compare them?'].map((text) => ({ text, locale: 'en' as const })),
    { examplesPerStep: 2 },
  );
  expect(split.steps.listen.count).toBe(4);
  expect(split.steps.listen.examples).toHaveLength(2);
  for (const e of split.steps.listen.examples) expect(e.length).toBeLessThanOrEqual(EXAMPLE_MAX);
  expect(roomReplySplit([]).total).toBe(0);
});
