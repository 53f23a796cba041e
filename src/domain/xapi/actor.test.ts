import { expect, test } from 'vitest';
import { accountActor, actorKey, isActorKey, unregisteredLearner } from './actor';

test('an account actor and a key built for the same trainee agree', () => {
  expect(actorKey(accountActor('李娜', 'E1', 'https://hr.example.com'))).toBe('account:https://hr.example.com::E1');
  expect(actorKey({ name: 'x', account: { homePage: 'https://hr.example.com', name: 'E1' } })).toBe(actorKey(accountActor('other name', 'E1', 'https://hr.example.com')));
});

test('other identifiers, and none', () => {
  expect(actorKey({ mbox: 'mailto:a@b.c' })).toBe('mbox:mailto:a@b.c');
  expect(actorKey(null)).toBe('unknown:');
});

test('a learner who never registered is named by their account name, and keeps their key when that name would lead to someone else', () => {
  const home = 'https://hr.example.com';
  expect(unregisteredLearner('account:https://hr.example.com::E9', 'E9', home)).toEqual({ employeeId: 'E9' });
  expect(unregisteredLearner('account:https://lms.example.com::E1', 'E1', home)).toEqual({ employeeId: 'E1', actorKey: 'account:https://lms.example.com::E1' });
  expect(unregisteredLearner('mbox:mailto:a@b.c', null, home)).toEqual({ employeeId: 'mbox:mailto:a@b.c', actorKey: 'mbox:mailto:a@b.c' });
  expect(isActorKey('mbox:mailto:a@b.c')).toBe(true);
  expect(isActorKey('account:https://lms.example.com::E1')).toBe(true);
  expect(isActorKey('E1001')).toBe(false);
});
