import { expect, test } from 'vitest';
import { defaultAgendaTimings, formatClock, planAgenda, schedulePart, splitPoints, teachingSequence, type AgendaModule, type AgendaPart } from './agenda';

const course: AgendaModule[] = [
  { id: '00-intro', minutes: 11, hasQuiz: false },
  { id: '01-foundations', minutes: 17, practice: ['smart'], hasQuiz: true },
  { id: '02-setting', minutes: 35, practice: ['sandbox'], hasQuiz: true },
  { id: '03-execution', minutes: 45, practice: ['sandbox'], hasQuiz: true },
  { id: '04-tracking', minutes: 34, practice: ['sandbox'], hasQuiz: true },
  { id: '05-challenges', minutes: 40, practice: ['roleplay'], hasQuiz: true },
  { id: '06-incentives', minutes: 35, hasQuiz: true },
  { id: '07-cases', minutes: 40, hasQuiz: true },
  { id: '08-eq', minutes: 22, hasQuiz: true },
  { id: '09-practice', minutes: 84, practice: ['smart', 'sandbox'], hasQuiz: true },
];
const kinds = (part: AgendaPart) => part.blocks.map((b) => (b.kind === 'module' ? b.moduleId : b.kind));

test('each exercise follows the first module that practices it, once', () => {
  expect(teachingSequence(course).map((b) => (b.kind === 'module' ? b.moduleId : `${b.kind}@${b.moduleId}`))).toEqual([
    '00-intro', '01-foundations', 'smart@01-foundations', '02-setting', 'sandbox@02-setting', '03-execution', '04-tracking',
    '05-challenges', 'roleplay@05-challenges', '06-incentives', '07-cases', '08-eq', '09-practice',
  ]);
});

test('the course is cut only before a module: an exercise stays with the module it follows', () => {
  const cuts = splitPoints([{ kind: 'module', moduleId: 'a', minutes: 10 }, { kind: 'smart', moduleId: 'a', minutes: 50 }, { kind: 'module', moduleId: 'b', minutes: 10 }]);
  expect(cuts.map(([, second]) => second[0]?.moduleId)).toEqual(['b']);
});

test('the cut makes the two parts, breaks and quiz included, as close in length as any other cut', () => {
  const length = (p: AgendaPart) => p.end - p.start;
  const { parts } = planAgenda(course, 'two-half-days');
  const chosen = Math.abs(length(parts[0]!) - length(parts[1]!));
  const cuts = splitPoints(teachingSequence(course));
  expect(cuts).toHaveLength(course.length - 1);
  for (const [first, second] of cuts) {
    const gap = Math.abs(length(schedulePart(first, course, 1, 540, defaultAgendaTimings)) - length(schedulePart(second, course, 2, 540, defaultAgendaTimings)));
    expect(gap).toBeGreaterThanOrEqual(chosen);
  }
});

test('one day: the morning, lunch, the afternoon, each part ending with a quiz on its own modules', () => {
  const { parts, totals } = planAgenda(course, 'one-day');
  expect(parts.map((p) => p.day)).toEqual([1, 1]);
  expect(kinds(parts[0]!)).toEqual(['00-intro', '01-foundations', 'smart', '02-setting', 'break', 'sandbox', '03-execution', 'break', '04-tracking', 'quiz', 'lunch']);
  expect(parts[0]!.blocks.find((b) => b.kind === 'quiz')?.moduleIds).toEqual(['01-foundations', '02-setting', '03-execution', '04-tracking']);
  expect(parts[1]!.start).toBe(parts[0]!.end);
  expect(kinds(parts[1]!)).toEqual(['05-challenges', 'roleplay', 'break', '06-incentives', '07-cases', 'break', '08-eq', 'break', '09-practice', 'quiz']);
  expect(formatClock(parts[0]!.start)).toBe('09:00');
  expect(totals).toEqual({ teaching: 363, practice: 15 + 30 + 30 + 15 + 15, breaks: 5 * 15 + 60, total: 363 + 105 + 135 });
  expect(parts[1]!.end - parts[0]!.start).toBe(totals.total);
});

test('two half days: the same two parts, each starting at nine on its own day, no lunch', () => {
  const { parts, totals } = planAgenda(course, 'two-half-days');
  expect(parts.map((p) => [p.day, formatClock(p.start)])).toEqual([[1, '09:00'], [2, '09:00']]);
  expect(parts.flatMap((p) => p.blocks).some((b) => b.kind === 'lunch')).toBe(false);
  expect(totals.teaching).toBe(363);
  expect(totals.total).toBe(parts.reduce((n, p) => n + p.end - p.start, 0));
});

test('blocks follow each other without gaps or overlaps', () => {
  for (const format of ['one-day', 'two-half-days'] as const)
    for (const part of planAgenda(course, format).parts) {
      let clock = part.start;
      for (const block of part.blocks) {
        expect(block.start).toBe(clock);
        clock += block.minutes;
      }
      expect(clock).toBe(part.end);
    }
});

test('no stretch without a break is longer than allowed, unless one block alone is or the closing quiz makes it so', () => {
  const { parts } = planAgenda(course, 'two-half-days', { ...defaultAgendaTimings, maxStretch: 60 });
  for (const part of parts) {
    let stretch: number[] = [];
    for (const block of [...part.blocks.filter((b) => b.kind !== 'quiz'), { kind: 'break' as const, minutes: 0 }]) {
      if (block.kind === 'break') {
        if (stretch.length > 1) expect(stretch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60);
        stretch = [];
      } else stretch.push(block.minutes);
    }
  }
});

test('the agenda follows the planned minutes: a longer module moves everything after it', () => {
  const longer = course.map((m) => (m.id === '02-setting' ? { ...m, minutes: m.minutes + 10 } : m));
  expect(planAgenda(longer, 'one-day').totals.teaching).toBe(373);
  expect(planAgenda(longer, 'one-day').parts[1]!.end).toBeGreaterThan(planAgenda(course, 'one-day').parts[1]!.end);
});

test('a module without a question bank is left out of the quiz; a part with none has no quiz', () => {
  const { parts } = planAgenda([{ id: 'a', minutes: 20, hasQuiz: false }, { id: 'b', minutes: 20, hasQuiz: false }], 'two-half-days');
  expect(parts.flatMap((p) => p.blocks).map((b) => b.kind)).toEqual(['module', 'module']);
});

test('clock times', () => {
  expect(formatClock(545)).toBe('09:05');
  expect(formatClock(13 * 60 + 52)).toBe('13:52');
});
