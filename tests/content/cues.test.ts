import { expect, test } from 'vitest';
import { readCourseFiles, readQuizFiles, readRoleplayFiles } from '../../src/content/read-course-files';
import { validateCourse } from '../../src/content/validate-course';
import { validateRoleplay } from '../../src/content/roleplay-schema';
import type { RoleplayScenario } from '../../src/domain';
import { LOCALES, QUIZ_CUE_LIMIT, quizCues, ROLEPLAY_CUE_LIMIT, roleplayCues, strictlyLongest } from './cues';

const root = new URL('../../', import.meta.url).pathname;
const { banks } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const items = Object.entries(banks).flatMap(([bank, b]) => b.items.map((i) => ({ ...i, bank })));
const scenarios = readRoleplayFiles(root)
  .map((f) => validateRoleplay(f.source, f.file).scenario)
  .filter((s): s is RoleplayScenario => !!s);

test('strictly longest means longer than every other text, by characters', () => {
  expect(strictlyLongest('五个字的话', ['四个字的', '三个字'])).toBe(true);
  expect(strictlyLongest('四个字的', ['四个字啊', '二字'])).toBe(false);
});

test.each(LOCALES)('%s: the right option is strictly the longest in at most a third of single-choice items', (locale) => {
  const { cued, total } = quizCues(items, locale);
  expect(total).toBeGreaterThan(30);
  expect(cued.length, `${cued.length}/${total}: ${cued.join(' ')}`).toBeLessThanOrEqual(Math.floor(total * QUIZ_CUE_LIMIT));
});

test.each(LOCALES)('%s: the best reply is strictly the longest in at most 40 percent of role-play turns, and an ok or poor reply is sometimes the longest', (locale) => {
  const { cued, total } = roleplayCues(scenarios, locale);
  expect(total).toBeGreaterThan(60);
  expect(cued.length, `${cued.length}/${total}: ${cued.join(' ')}`).toBeLessThanOrEqual(Math.floor(total * ROLEPLAY_CUE_LIMIT));
  for (const quality of ['ok', 'poor'] as const) {
    const longest = scenarios.flatMap((s) =>
      Object.values(s.nodes).filter((n) => {
        if (!('choices' in n)) return false;
        const reply = n.choices.find((c) => c.quality === quality);
        return reply && strictlyLongest(reply.text[locale], n.choices.filter((c) => c !== reply).map((c) => c.text[locale]));
      }),
    );
    expect(longest.length, quality).toBeGreaterThanOrEqual(5);
  }
});
