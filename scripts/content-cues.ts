/** Prints how often length gives the answer away: right quiz options and best role-play replies that are strictly the longest. */
import { readCourseFiles, readQuizFiles, readRoleplayFiles } from '../src/content/read-course-files';
import { validateCourse } from '../src/content/validate-course';
import { validateRoleplay } from '../src/content/roleplay-schema';
import type { RoleplayScenario } from '../src/domain';
import { LOCALES, quizCues, roleplayCues } from '../tests/content/cues';

const root = new URL('../', import.meta.url).pathname;
const { banks } = validateCourse(readCourseFiles(root), readQuizFiles(root));
const items = Object.entries(banks).flatMap(([bank, b]) => b.items.map((i) => ({ ...i, bank })));
const scenarios = readRoleplayFiles(root)
  .map((f) => validateRoleplay(f.source, f.file).scenario)
  .filter((s): s is RoleplayScenario => !!s);
const pct = (n: number, d: number) => `${n}/${d} (${d ? Math.round((100 * n) / d) : 0}%)`;
for (const l of LOCALES) {
  const q = quizCues(items, l);
  const r = roleplayCues(scenarios, l);
  console.log(`${l}: right option strictly longest ${pct(q.cued.length, q.total)}; best reply strictly longest ${pct(r.cued.length, r.total)}`);
  if (process.argv.includes('--list')) console.log(`  quiz: ${q.cued.join(' ')}\n  roleplay: ${r.cued.join(' ')}`);
}
