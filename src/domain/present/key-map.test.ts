import { expect, test } from 'vitest';
import { readPresentKey, type PresentKeyRead } from './key-map';

const press = (key: string, shiftKey = false, typed = '') => readPresentKey({ key, shiftKey }, typed);
/** Presses the keys one after another, carrying the digits typed, and returns every read. */
function sequence(keys: string[]): PresentKeyRead[] {
  let typed = '';
  return keys.map((key) => {
    const read = readPresentKey({ key, shiftKey: false }, typed);
    typed = read.typed;
    return read;
  });
}

test('what clickers and PowerPoint send turns the slides: Space and PageDown forward, Shift+Space and PageUp back', () => {
  expect(press(' ').key).toBe('next');
  expect(press(' ', true).key).toBe('prev');
  expect(press('PageDown').key).toBe('next');
  expect(press('PageUp').key).toBe('prev');
  expect(press('ArrowRight').key).toBe('next');
  expect(press('ArrowDown').key).toBe('next');
  expect(press('ArrowLeft').key).toBe('prev');
  expect(press('ArrowUp').key).toBe('prev');
  expect(press('n').key).toBe('next');
  expect(press('P').key).toBe('prev');
  expect(press('Backspace').key).toBe('prev');
});

test('Home and End go to the ends; B and W blank the screen black and white; F, G and ? keep their meaning', () => {
  expect(press('Home').key).toBe('first');
  expect(press('End').key).toBe('last');
  expect(press('b').key).toBe('black');
  expect(press('.').key).toBe('black');
  expect(press('W').key).toBe('white');
  expect(press(',').key).toBe('white');
  expect(press('f').key).toBe('fullscreen');
  expect(press('g').key).toBe('goto');
  expect(press('?').key).toBe('help');
});

test('a number then Enter jumps to that slide; the digits wait for Enter and nothing else', () => {
  const reads = sequence(['1', '2', 'Enter']);
  expect(reads.map((r) => r.typed)).toEqual(['1', '12', '']);
  expect(reads[2]).toEqual({ jump: 12, typed: '', handled: true });
  expect(reads.slice(0, 2).every((r) => r.handled && r.key === undefined && r.jump === undefined)).toBe(true);
});

test('another key forgets the digits typed, and Enter alone is left to the page (a focused button still works)', () => {
  const reads = sequence(['3', 'ArrowRight', 'Enter']);
  expect(reads[1]!.key).toBe('next');
  expect(reads[2]).toEqual({ typed: '', handled: false });
  expect(press('Enter')).toEqual({ typed: '', handled: false });
  expect(press('x')).toEqual({ typed: '', handled: false });
});

test('only the last few digits are kept, so a stuck key cannot grow a number without end', () => {
  const reads = sequence(['1', '2', '3', '4', '5', '6', 'Enter']);
  expect(reads.at(-1)!.jump).toBe(3456);
});
