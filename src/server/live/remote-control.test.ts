import { expect, test } from 'vitest';
import { LIVE_PROTOCOL as v, type ConsoleState, type LiveServerBody } from '../../domain';
import { remoteControl } from './remote-control';

const state: ConsoleState = { source: 'lx2-abc', moduleId: '01-foundations', slideId: 'part-overview', black: false, white: false, reveal: 0, elapsed: 263_000, running: true, slideStartedAt: 255_000 };

/** A console, and a remote that opens later; what each is sent is collected. */
function room(clock: { now: number }) {
  const control = remoteControl(() => clock.now);
  const console_ = { role: { kind: 'trainer' }, got: [] as LiveServerBody[] };
  const remote = { role: { kind: 'trainer' }, got: [] as LiveServerBody[] };
  const peers = [console_, remote];
  const send = (to: (typeof peers)[number], m: LiveServerBody) => void to.got.push(m);
  return { control, console_, remote, peers, send };
}

test('a remote that opens minutes after the console last spoke gets the clocks the console shows now', () => {
  const clock = { now: 1_000_000 };
  const { control, console_, remote, peers, send } = room(clock);
  control.handle('123456', [console_], console_, { v, t: 'console', state }, send);
  // 3 min 41 s later, with no slide change, the trainer opens the phone remote.
  clock.now += 221_000;
  control.handle('123456', peers, remote, { v, t: 'follow', console: 'lx2-abc' }, send);
  expect(remote.got).toEqual([{ t: 'console', state: { ...state, elapsed: 484_000 } }]);
  // This slide has run 3 min 49 s, as on the console: from its start, which stays put.
  const sent = remote.got[0] as Extract<LiveServerBody, { t: 'console' }>;
  expect(sent.state.elapsed - sent.state.slideStartedAt).toBe(229_000);
});

test('a paused stopwatch is handed on as it stood', () => {
  const clock = { now: 1_000_000 };
  const { control, console_, remote, peers, send } = room(clock);
  control.handle('123456', [console_], console_, { v, t: 'console', state: { ...state, running: false } }, send);
  clock.now += 60_000;
  control.handle('123456', peers, remote, { v, t: 'follow', console: 'lx2-abc' }, send);
  expect(remote.got).toEqual([{ t: 'console', state: { ...state, running: false } }]);
});
