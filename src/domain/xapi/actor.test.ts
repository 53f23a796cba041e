import { expect, test } from 'vitest';
import { accountActor, actorKey } from './actor';

test('an account actor and a key built for the same trainee agree', () => {
  expect(actorKey(accountActor('李娜', 'E1', 'https://hr.example.com'))).toBe('account:https://hr.example.com::E1');
  expect(actorKey({ name: 'x', account: { homePage: 'https://hr.example.com', name: 'E1' } })).toBe(actorKey(accountActor('other name', 'E1', 'https://hr.example.com')));
});

test('other identifiers, and none', () => {
  expect(actorKey({ mbox: 'mailto:a@b.c' })).toBe('mbox:mailto:a@b.c');
  expect(actorKey(null)).toBe('unknown:');
});
