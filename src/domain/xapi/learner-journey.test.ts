import { describe, expect, test } from 'vitest';
import type { CourseModuleInfo } from '../records/matrix';
import { activityIds } from './activities';
import { learnerJourney } from './learner-journey';
import { isCourseVerdict } from './server-verdicts';
import { VERBS } from './vocabulary';

const modules: CourseModuleInfo[] = [
  { id: '01-foundations', title: { 'zh-CN': '基础', 'en-US': 'Foundations' }, hasQuiz: true },
  { id: '02-setting', title: { 'zh-CN': '设定', 'en-US': 'Setting' }, hasQuiz: false },
];
const trainee = { name: '李娜', employeeId: 'E1001', homePage: 'https://example.com/employees' };
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const a = activityIds();

describe('a learner’s journey through the course', () => {
  test('goes slide by slide, reads the module to the end, then answers its quiz, module after module', () => {
    const journey = learnerJourney(trainee, modules, { count: 60, seed: 1, newId });
    expect(journey).toHaveLength(60);
    const verbs = journey.map((s) => s.verb.id);
    const firstProgressed = verbs.indexOf(VERBS.progressed);
    expect(verbs.slice(0, firstProgressed).every((v) => v === VERBS.experienced)).toBe(true);
    expect(firstProgressed).toBeGreaterThanOrEqual(8);
    expect(journey[firstProgressed]!.object.id).toBe(a.module('01-foundations'));
    expect(verbs[firstProgressed + 1]).toBe(VERBS.answered);
    expect(journey.some((s) => s.object.id.startsWith(a.module('02-setting')))).toBe(true);
  });

  test('never sends a verdict a trainee’s token may not send', () => {
    const journey = learnerJourney(trainee, modules, { count: 300, seed: 2, newId });
    expect(journey.filter((s) => isCourseVerdict(s, a.course))).toEqual([]);
  });

  test('goes round again until it has as many statements as asked, each with its own id, in one registration', () => {
    const journey = learnerJourney(trainee, modules, { count: 300, seed: 3, newId });
    expect(journey).toHaveLength(300);
    expect(new Set(journey.map((s) => s.id)).size).toBe(300);
    expect(new Set(journey.map((s) => s.context?.registration)).size).toBe(1);
  });

  test('is the same journey for the same seed, and another for another', () => {
    const shape = (seed: number) => learnerJourney(trainee, modules, { count: 80, seed, newId }).map((s) => [s.object.id, s.result?.duration, s.result?.response, s.timestamp]);
    expect(shape(4)).toEqual(shape(4));
    expect(shape(4)).not.toEqual(shape(5));
  });

  test('is empty for a course without modules', () => {
    expect(learnerJourney(trainee, [], { count: 10, seed: 1, newId })).toEqual([]);
  });
});
