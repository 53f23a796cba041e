import { expect, test } from 'vitest';
import { effectiveAnswers, isAnswered, isTouched, resolveDrawnItems } from './resolve';
import { allTypes, ordering, single } from './fixtures';

const bank = { passScore: 0.8, feedback: 'immediate' as const, drawCount: 8, items: allTypes };

test('module quiz keys are item ids; cross-course keys carry the module', () => {
  const local = resolveDrawnItems([{ itemId: 'single', order: ['c', 'a', 'b'] }, { itemId: 'gone' }], { m1: bank }, 'm1');
  expect(local).toEqual([{ key: 'single', moduleId: 'm1', item: single, order: ['c', 'a', 'b'] }]);
  const final = resolveDrawnItems([{ itemId: 'm2/numeric' }, { itemId: 'm9/numeric' }], { m2: bank });
  expect(final.map((i) => [i.key, i.moduleId, i.item.id])).toEqual([['m2/numeric', 'm2', 'm2/numeric']]);
});

test('an ordering item left as shown is answered with the shown order', () => {
  const items = resolveDrawnItems([{ itemId: 'ordering', order: ['needs', 'lead', 'contact', 'proposal', 'closed'] }, { itemId: 'single' }], { m: bank }, 'm');
  const answers = effectiveAnswers(items, {});
  expect(answers.ordering).toEqual({ type: 'ordering', order: ['needs', 'lead', 'contact', 'proposal', 'closed'] });
  expect(answers.single).toBeUndefined();
  expect(isAnswered(items[0]!, undefined)).toBe(true);
  expect(isAnswered(items[1]!, undefined)).toBe(false);
  expect(isAnswered({ key: 'x', moduleId: 'm', item: { ...ordering, type: 'multiple', options: [], shuffle: true } }, { type: 'multiple', optionIds: [] })).toBe(false);
});

test('the "answered" counter counts an ordering item only once the trainee has moved something', () => {
  const items = resolveDrawnItems([{ itemId: 'ordering', order: ['needs', 'lead', 'contact', 'proposal', 'closed'] }, { itemId: 'single' }], { m: bank }, 'm');
  expect(isTouched(items[0]!, undefined)).toBe(false);
  expect(isTouched(items[0]!, { type: 'ordering', order: ['lead', 'needs', 'contact', 'proposal', 'closed'] })).toBe(true);
  expect(isTouched(items[1]!, { type: 'single', optionId: 'b' })).toBe(true);
  expect(isTouched(items[1]!, undefined)).toBe(false);
});
