import { expect, test } from 'vitest';
import { PRESENT_PROTOCOL, isNewerPresentPosition, presentChannelName, readPresentMessage } from './protocol';

const position = { v: PRESENT_PROTOCOL, type: 'position', moduleId: '01-foundations', slideId: 'smart-criteria', black: false, white: false, reveal: 0, seq: 3, source: 'c1' };

test('each module has its own channel', () => {
  expect(presentChannelName('01-foundations')).toBe('sta-present:01-foundations');
  expect(presentChannelName('03-execution')).not.toBe(presentChannelName('01-foundations'));
});

test('a position carries how many hidden parts of its slide are revealed', () => {
  expect(readPresentMessage({ ...position, reveal: 2 }, '01-foundations')).toEqual({ ok: true, message: { ...position, reveal: 2 } });
});

test('a well-formed position, hello and command are read, without extra fields', () => {
  expect(readPresentMessage({ ...position, extra: '<script>' }, '01-foundations')).toEqual({ ok: true, message: position });
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: '01-foundations' }, '01-foundations')).toEqual({
    ok: true,
    message: { v: PRESENT_PROTOCOL, type: 'hello', moduleId: '01-foundations' },
  });
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'black' }, '01-foundations')).toEqual({
    ok: true,
    message: { v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'black' },
  });
});

test('messages are refused with a named reason', () => {
  const read = (data: unknown) => readPresentMessage(data, '01-foundations');
  expect(read(null)).toEqual({ ok: false, reason: 'notObject' });
  expect(read('position')).toEqual({ ok: false, reason: 'notObject' });
  expect(read([position])).toEqual({ ok: false, reason: 'notObject' });
  expect(read({ ...position, v: PRESENT_PROTOCOL + 1 })).toEqual({ ok: false, reason: 'versionMismatch' });
  // A console of the first version, which knew nothing of reveals, is told apart from a broken message.
  expect(read({ ...position, v: 1 })).toEqual({ ok: false, reason: 'versionMismatch' });
  expect(read({ ...position, reveal: -1 })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, reveal: 1.5 })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, reveal: 101 })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, reveal: undefined })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, moduleId: '03-execution' })).toEqual({ ok: false, reason: 'otherModule' });
  expect(read({ ...position, moduleId: '../x' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, type: 'jump' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, slideId: 'Not An Id' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, black: 'yes' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, seq: -1 })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, seq: 1.5 })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...position, source: '' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ v: PRESENT_PROTOCOL, type: 'command', moduleId: '01-foundations', action: 'explode' })).toEqual({ ok: false, reason: 'malformed' });
});

test('a screen follows newer positions, any from a console it has not heard, and never an old or repeated one', () => {
  expect(isNewerPresentPosition(undefined, { source: 'a', seq: 0 })).toBe(true);
  expect(isNewerPresentPosition({ source: 'a', seq: 4 }, { source: 'a', seq: 5 })).toBe(true);
  expect(isNewerPresentPosition({ source: 'a', seq: 4 }, { source: 'a', seq: 4 })).toBe(false);
  expect(isNewerPresentPosition({ source: 'a', seq: 4 }, { source: 'a', seq: 2 })).toBe(false);
  // A reloaded console counts from the start again under a new id.
  expect(isNewerPresentPosition({ source: 'a', seq: 40 }, { source: 'b', seq: 0 })).toBe(true);
});

test('a screen names the console it follows, and a key pressed on it names that console; both are optional and checked', () => {
  const m = '01-foundations';
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: m, console: 'c1' }, m)).toEqual({ ok: true, message: { v: PRESENT_PROTOCOL, type: 'hello', moduleId: m, console: 'c1' } });
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'command', moduleId: m, action: 'white', to: 'c1' }, m)).toEqual({ ok: true, message: { v: PRESENT_PROTOCOL, type: 'command', moduleId: m, action: 'white', to: 'c1' } });
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'hello', moduleId: m, console: 7 }, m)).toEqual({ ok: false, reason: 'malformed' });
  expect(readPresentMessage({ v: PRESENT_PROTOCOL, type: 'command', moduleId: m, action: 'next', to: '' }, m)).toEqual({ ok: false, reason: 'malformed' });
});

test('a position without white (an older console) reads as not white; a white one is kept', () => {
  const { white: _white, ...older } = position;
  expect(readPresentMessage(older, '01-foundations')).toEqual({ ok: true, message: position });
  expect(readPresentMessage({ ...position, white: true }, '01-foundations')).toEqual({ ok: true, message: { ...position, white: true } });
  expect(readPresentMessage({ ...position, white: 'yes' }, '01-foundations')).toEqual({ ok: false, reason: 'malformed' });
});

test('a console moving on to another module tells its screens where, and as which console; a broken move is refused', () => {
  const move = { v: PRESENT_PROTOCOL, type: 'move', moduleId: '01-foundations', source: 'c1', to: '02-setting', console: 'c2' };
  const read = (data: unknown) => readPresentMessage(data, '01-foundations');
  expect(read({ ...move, extra: 1 })).toEqual({ ok: true, message: move });
  expect(read({ ...move, to: '01-foundations' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...move, to: '../admin' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...move, console: '' })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...move, source: undefined })).toEqual({ ok: false, reason: 'malformed' });
  expect(read({ ...move, moduleId: '02-setting' })).toEqual({ ok: false, reason: 'otherModule' });
});
