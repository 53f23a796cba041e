// Checks content/modules against the schema and the vocabulary; prints each problem with file and line.
import { readCourseFiles, readQuizFiles, readRoleplayFiles, readScenarioFiles } from '../src/content/read-course-files';
import { validateRoleplay } from '../src/content/roleplay-schema';
import { validateScenario } from '../src/content/validate-scenario';
import { validateCourse } from '../src/content/validate-course';
import { formatProblem } from '../src/content/problems';

const root = process.cwd();
const only = process.argv.slice(2);
const files = readCourseFiles(root);
const { manifest, problems } = validateCourse(files, readQuizFiles(root));
const scenarios = readScenarioFiles(root).map(validateScenario);
problems.push(...scenarios.flatMap((s) => s.problems));
const roleplays = readRoleplayFiles(root).map((f) => ({ file: f.file, ...validateRoleplay(f.source, f.file) }));
problems.push(...roleplays.flatMap((r) => r.problems));
const shown = only.length ? problems.filter((p) => only.some((o) => p.file.includes(o))) : problems;
for (const p of shown) console.error(formatProblem(p));
for (const id of manifest.moduleIds) {
  const counts = Object.entries(manifest.modules).map(([l, m]) => `${l}: ${m[id]?.slides.length ?? '—'} slides`);
  const quiz = manifest.modules['zh-CN'][id]?.quiz;
  console.log(`${id}  ${counts.join(', ')}${quiz ? `, quiz: ${quiz.itemCount} items` : ''}`);
}
console.log(`scenarios: ${scenarios.filter((s) => s.scenario).map((s) => s.scenario!.id).join(', ')}`);
console.log(`role-plays: ${roleplays.map((r) => `${r.file.split('/').at(-1)}${r.scenario ? '' : ' (invalid)'}`).join(', ')}`);
console.log(shown.length ? `${shown.length} problem(s)` : 'content OK');
process.exit(shown.length ? 1 : 0);
