import { describe, expect, test } from 'vitest';
import { emptyProgress, markSeen, readingStatus, resumePoint, resumeSlide, seenCount } from './progress';

const slides = ['a', 'b', 'c'];
const T1 = '2026-11-20T08:00:00.000Z';
const T2 = '2026-11-20T09:00:00.000Z';

test('markSeen records the first time a slide was seen and the last slide shown', () => {
  const once = markSeen(emptyProgress, 'm1', 'a', T1);
  const twice = markSeen(once, 'm1', 'a', T2);
  expect(twice.modules.m1!.seen).toEqual({ a: T1 });
  expect(twice.modules.m1!.lastSlideId).toBe('a');
  expect(twice.modules.m1!.lastVisitedAt).toBe(T2);
  expect(twice.lastModuleId).toBe('m1');
});

test('markSeen does not mutate its input', () => {
  const before = markSeen(emptyProgress, 'm1', 'a', T1);
  const frozen = structuredClone(before);
  markSeen(before, 'm1', 'b', T2);
  expect(before).toEqual(frozen);
  expect(emptyProgress).toEqual({ modules: {} });
});

describe('readingStatus', () => {
  test('a module is read only when every current slide was seen', () => {
    let p = emptyProgress;
    expect(readingStatus(p, 'm1', slides)).toBe('not_started');
    p = markSeen(p, 'm1', 'a', T1);
    p = markSeen(p, 'm1', 'c', T1);
    expect(readingStatus(p, 'm1', slides)).toBe('in_progress');
    p = markSeen(p, 'm1', 'b', T1);
    expect(readingStatus(p, 'm1', slides)).toBe('read');
  });

  test('slides that no longer exist in the course do not count', () => {
    let p = markSeen(emptyProgress, 'm1', 'gone', T1);
    p = markSeen(p, 'm1', 'a', T1);
    expect(seenCount(p, 'm1', slides)).toBe(1);
    expect(readingStatus(p, 'm1', ['a'])).toBe('read');
  });

  test('a module with no slides is never read', () => {
    expect(readingStatus(emptyProgress, 'm1', [])).toBe('not_started');
  });
});

describe('resumeSlide', () => {
  test('reopens at the slide last shown', () => {
    const p = markSeen(markSeen(emptyProgress, 'm1', 'a', T1), 'm1', 'c', T2);
    expect(resumeSlide(p, 'm1', slides)).toBe('c');
  });

  test('falls back to the first unseen slide when the last one was removed', () => {
    const p = markSeen(markSeen(emptyProgress, 'm1', 'a', T1), 'm1', 'gone', T2);
    expect(resumeSlide(p, 'm1', slides)).toBe('b');
  });

  test('starts a new module at its first slide', () => {
    expect(resumeSlide(emptyProgress, 'm1', slides)).toBe('a');
  });
});

describe('resumePoint', () => {
  const course = [
    { id: 'm0', slideIds: ['x'] },
    { id: 'm1', slideIds: slides },
  ];

  test('starts at the first module with no history', () => {
    expect(resumePoint(emptyProgress, course)).toEqual({ moduleId: 'm0', slideId: 'x' });
  });

  test('returns to the module and slide read last', () => {
    const p = markSeen(markSeen(emptyProgress, 'm0', 'x', T1), 'm1', 'b', T2);
    expect(resumePoint(p, course)).toEqual({ moduleId: 'm1', slideId: 'b' });
  });

  test('moves on to the next unread module once the last one is finished', () => {
    const p = markSeen(emptyProgress, 'm0', 'x', T1);
    expect(resumePoint(p, course)).toEqual({ moduleId: 'm1', slideId: 'a' });
  });

  test('after finishing a later module, goes forward rather than back to an earlier unread one', () => {
    const three = [...course, { id: 'm2', slideIds: ['y'] }];
    let p = emptyProgress;
    for (const id of slides) p = markSeen(p, 'm1', id, T1);
    expect(resumePoint(p, three)).toEqual({ moduleId: 'm2', slideId: 'y' });
    p = markSeen(p, 'm2', 'y', T2);
    expect(resumePoint(p, three)).toEqual({ moduleId: 'm0', slideId: 'x' });
  });

  test('with everything read, reopens the module read last', () => {
    const p = markSeen(markSeen(emptyProgress, 'm0', 'x', T1), 'm1', 'c', T2);
    const allRead = slides.reduce((acc, id) => markSeen(acc, 'm1', id, T2), p);
    expect(resumePoint(allRead, course)).toEqual({ moduleId: 'm1', slideId: 'c' });
  });

  test('a finished module left on an earlier slide (read to the end, then back) resumes on that slide', () => {
    let p = emptyProgress;
    for (const id of slides) p = markSeen(p, 'm1', id, T1);
    p = markSeen(p, 'm1', 'b', T2);
    expect(resumePoint(p, course)).toEqual({ moduleId: 'm1', slideId: 'b' });
  });

  test('returns nothing for an empty course', () => {
    expect(resumePoint(emptyProgress, [])).toBeUndefined();
  });
});
