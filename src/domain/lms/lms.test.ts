import { describe, expect, test } from 'vitest';
import { emptyProgress, markSeen, type Progress } from '../progress/progress';
import type { QuizAttempt } from '../quiz/results';
import { lmsCourseState, type OutlineModule } from './course-state';
import { decodeSuspendData, encodeSuspendData, mergeResumable, resumableFrom, SUSPEND_DATA_LIMIT } from './suspend-data';

const modules: OutlineModule[] = [
  { id: '00-intro', slideIds: ['a', 'b'], hasQuiz: false },
  { id: '01-foundations', slideIds: ['c', 'd', 'e'], hasQuiz: true },
  { id: '02-setting', slideIds: ['f', 'g'], hasQuiz: true },
];
const AT = '2026-11-27T08:00:00.000Z';
const attempt = (quizId: string, score: number, passed: boolean, id = `${quizId}-${score}`): QuizAttempt => ({ id, quizId, seed: 's', items: [], answers: {}, score, passed, startedAt: AT, endedAt: AT });
const read = (p: Progress, id: string, slides: string[]) => slides.reduce((acc, s) => markSeen(acc, id, s, AT), p);

describe('what the LMS is told', () => {
  test('nothing yet', () => expect(lmsCourseState(modules, emptyProgress, [])).toEqual({ completed: false, passed: false, scaled: null, progressMeasure: 0 }));
  test('module 01 read and passed: a third satisfied, the score of the quizzes taken', () => {
    const p = read(emptyProgress, '01-foundations', ['c', 'd', 'e']);
    expect(lmsCourseState(modules, p, [attempt('01-foundations', 0.5, false), attempt('01-foundations', 1, true)])).toEqual({ completed: false, passed: false, scaled: 1, progressMeasure: 0.3333 });
  });
  test('everything read and passed', () => {
    let p = read(emptyProgress, '00-intro', ['a', 'b']);
    p = read(p, '01-foundations', ['c', 'd', 'e']);
    p = read(p, '02-setting', ['f', 'g']);
    expect(lmsCourseState(modules, p, [attempt('01-foundations', 0.9, true), attempt('02-setting', 0.8, true)])).toEqual({ completed: true, passed: true, scaled: 0.85, progressMeasure: 1 });
  });
});

describe('suspend data', () => {
  test('round trip: slides seen, quiz bests and passes, the last place', () => {
    let p = read(emptyProgress, '01-foundations', ['c', 'e']);
    p = markSeen(p, '00-intro', 'b', AT);
    const r = resumableFrom(p, [attempt('01-foundations', 0.875, true), attempt('01-foundations', 0.5, false), attempt('final', 0.72, false)]);
    const text = encodeSuspendData(r, modules);
    expect(text).toBe('1|01;101;|1:875p,3:720f|0.1');
    expect(decodeSuspendData(text, modules)).toEqual(r);
  });

  test('the whole course, every quiz and the final, stays far inside SCORM 1.2\'s 4,096 characters', () => {
    const big: OutlineModule[] = Array.from({ length: 10 }, (_, i) => ({ id: `${i}-module-with-a-long-identifier`, slideIds: Array.from({ length: 40 }, (_, j) => `slide-${j}-with-a-long-identifier`), hasQuiz: true }));
    const r = { seen: Object.fromEntries(big.map((m) => [m.id, [...m.slideIds]])), quizzes: Object.fromEntries([...big.map((m) => m.id), 'final'].map((id) => [id, { best: 1, passed: true }])), last: { moduleId: big[9]!.id, slideId: big[9]!.slideIds[39]! } };
    const text = encodeSuspendData(r, big);
    expect(text.length).toBeLessThan(600);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeSuspendData(text, big)).toEqual(r);
  });

  test.each([null, '', 'garbage', '2|1|0:1p|0.0', '1|x;y|99:1p,0:abc|9.9'])('unreadable or foreign data gives nothing to restore: %j', (text) => {
    const r = decodeSuspendData(text, modules);
    expect(r.last).toBeUndefined();
    expect(r.quizzes).toEqual({});
    expect(r.seen).toEqual({});
  });

  test('merging: slides of both, a stand-in attempt only where the LMS knows better', () => {
    const local = read(emptyProgress, '01-foundations', ['c']);
    const r = { seen: { '01-foundations': ['d'], '02-setting': ['f'] }, quizzes: { '01-foundations': { best: 0.9, passed: true }, '02-setting': { best: 0.4, passed: false } }, last: { moduleId: '02-setting', slideId: 'f' } };
    const merged = mergeResumable(local, [attempt('02-setting', 0.6, false)], r, AT);
    expect(Object.keys(merged.progress.modules['01-foundations']!.seen).sort()).toEqual(['c', 'd']);
    expect(merged.progress.lastModuleId).toBe('01-foundations'); // this browser's own last place wins
    expect(merged.attempts.map((a) => [a.id, a.score, a.passed])).toEqual([
      ['02-setting-0.6', 0.6, false],
      ['lms-01-foundations', 0.9, true],
    ]);
    const fresh = mergeResumable(emptyProgress, [], r, AT);
    expect(fresh.progress.lastModuleId).toBe('02-setting');
    expect(fresh.progress.modules['02-setting']!.lastSlideId).toBe('f');
  });
});

test('SCORM session times and learner names', async () => {
  const { scorm12Time, displayLearnerName, learnerIdAsEmployeeId } = await import('./session-time');
  expect(scorm12Time(0)).toBe('00:00:00.00');
  expect(scorm12Time(3_723_450)).toBe('01:02:03.45');
  expect(scorm12Time(-1)).toBe('00:00:00.00');
  expect(displayLearnerName('Li, Na')).toBe('Na Li');
  expect(displayLearnerName('李娜')).toBe('李娜');
  expect(learnerIdAsEmployeeId('user@corp.com')).toBe('user_corp.com');
  expect(learnerIdAsEmployeeId('')).toBe('learner');
});
