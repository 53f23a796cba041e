import type { Plugin } from 'vite';
import { readCourseFiles, readQuizFiles } from '../src/content/read-course-files';
import { validateCourse, type CourseValidation } from '../src/content/validate-course';
import { ContentError } from '../src/content/problems';

const ID = 'virtual:course-manifest';
const RESOLVED = '\0' + ID;
const QUIZ_FILE = /\/content\/modules\/([^/]+)\/quiz\.yaml$/;

/**
 * Validates all course content when the build starts (a broken file fails `vite build` with
 * file and line), serves the course manifest (module list, slide ids, quiz summaries; no module
 * text) as a virtual module, and turns each `quiz.yaml` into its validated bank, one chunk each.
 */
export function coursePlugin(root: string): Plugin {
  let cached: (CourseValidation & { files: string[] }) | undefined;
  const load = () => {
    if (cached) return cached;
    const files = readCourseFiles(root);
    const quizzes = readQuizFiles(root);
    const result = validateCourse(files, quizzes);
    if (result.problems.length) throw new ContentError(result.problems);
    cached = { ...result, files: [...files, ...quizzes].map((f) => `${root}/${f.file}`) };
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
      const match = QUIZ_FILE.exec(id.split('?')[0]!);
      if (!match) return undefined;
      const bank = load().banks[match[1]!];
      if (!bank) throw new Error(`${id}: no validated bank for module ${match[1]}`);
      return { code: `export default ${JSON.stringify(bank)};`, map: null };
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
