import { expect, test } from 'vitest';
import { consoleStateSchema, readRemoteLink, remoteCommandSchema, remoteElapsed, remoteLinkHash } from './remote';

const link = { code: '123456', key: 'k3y-of_the-trainer', console: 'lx2-abc' };

test('a remote link goes into the address after # and comes back whole', () => {
  expect(readRemoteLink(remoteLinkHash(link))).toEqual(link);
});

test('a damaged or partial remote link is refused', () => {
  expect(readRemoteLink('')).toBeUndefined();
  expect(readRemoteLink('#code=12345&key=k3y-of_the-trainer&console=lx2-abc')).toBeUndefined();
  expect(readRemoteLink('#code=123456&key=short&console=lx2-abc')).toBeUndefined();
  expect(readRemoteLink('#code=123456&key=k3y-of_the-trainer&console=Not%20one')).toBeUndefined();
});

test('the remote counts on from the stopwatch it was sent only while it runs', () => {
  expect(remoteElapsed({ elapsed: 5000, running: true }, 2000)).toBe(7000);
  expect(remoteElapsed({ elapsed: 5000, running: false }, 2000)).toBe(5000);
  expect(remoteElapsed({ elapsed: 5000, running: true }, -300)).toBe(5000);
});

test('console states and commands are checked: unknown commands and bad ids are refused', () => {
  const state = { source: 'lx2-abc', moduleId: '01-foundations', slideId: 'part-overview', black: false, white: false, reveal: 0, elapsed: 1000, running: true, slideStartedAt: 0 };
  expect(consoleStateSchema.safeParse(state).success).toBe(true);
  expect(consoleStateSchema.safeParse({ ...state, source: '<x>' }).success).toBe(false);
  expect(remoteCommandSchema.safeParse({ command: 'reveal', to: 'lx2-abc' }).success).toBe(true);
  expect(remoteCommandSchema.safeParse({ command: 'format-disk', to: 'lx2-abc' }).success).toBe(false);
});
