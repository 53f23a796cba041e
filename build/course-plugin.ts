import type { Plugin } from 'vite';
import { readCourseFiles, readQuizFiles, readScenarioFiles } from '../src/content/read-course-files';
import { validateScenario } from '../src/content/validate-scenario';
import type { Scenario } from '../src/content/scenario-schema';
import { validateCourse, type CourseValidation } from '../src/content/validate-course';
import { ContentError } from '../src/content/problems';

const ID = 'virtual:course-manifest';
const RESOLVED = '\0' + ID;
const QUIZ_FILE = /\/content\/modules\/([^/]+)\/quiz\.yaml$/;
const SCENARIO_FILE = /\/content\/scenarios\/([^/]+)\.yaml$/;

/**
 * Validates all course content when the build starts (a broken file fails `vite build` with
 * file and line), serves the course manifest (module list, slide ids, quiz summaries; no module
 * text) as a virtual module, and turns each `quiz.yaml` into its validated bank, one chunk each.
 */
export function coursePlugin(root: string): Plugin {
  let cached: (CourseValidation & { files: string[]; scenarios: Record<string, Scenario> }) | undefined;
  const load = () => {
    if (cached) return cached;
    const files = readCourseFiles(root);
    const quizzes = readQuizFiles(root);
    const scenarioFiles = readScenarioFiles(root);
    const result = validateCourse(files, quizzes);
    const scenarios: Record<string, Scenario> = {};
    for (const file of scenarioFiles) {
      const checked = validateScenario(file);
      result.problems.push(...checked.problems);
      if (checked.scenario) scenarios[checked.scenario.id] = checked.scenario;
    }
    if (result.problems.length) throw new ContentError(result.problems);
    cached = { ...result, scenarios, files: [...files, ...quizzes, ...scenarioFiles].map((f) => `${root}/${f.file}`) };
    return cached;
  };
  return {
    name: 'sta:course',
    buildStart() {
      cached = undefined;
      load();
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { manifest, files } = load();
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify(manifest)};`;
    },
    transform(_code, id) {
      const path = id.split('?')[0]!;
      const quiz = QUIZ_FILE.exec(path);
      const scenario = SCENARIO_FILE.exec(path);
      if (!quiz && !scenario) return undefined;
      const data = quiz ? load().banks[quiz[1]!] : load().scenarios[scenario![1]!];
      if (!data) throw new Error(`${id}: no validated content for this file`);
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/content/modules/')) {
        cached = undefined;
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
