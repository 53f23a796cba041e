import { expect, test } from 'vitest';
import { roleplayText } from './titles';

const roleplays = [{ id: 'price', title: { 'zh-CN': '价格异议', en: 'Price objection' } }];

test('a known role-play reads as its title in the asked language', () => {
  expect(roleplayText(roleplays, 'price', 'en')).toEqual({ id: 'price', text: 'Price objection', known: true });
  expect(roleplayText(roleplays, 'price', 'zh-CN')).toEqual({ id: 'price', text: '价格异议', known: true });
});

test('a role-play the course no longer has keeps its id, marked unknown', () => {
  expect(roleplayText(roleplays, 'retired', 'en')).toEqual({ id: 'retired', text: 'retired', known: false });
  expect(roleplayText([], 'price', 'zh-CN').known).toBe(false);
});
