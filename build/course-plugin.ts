import type { Plugin } from 'vite';
import { readCourseFiles } from '../src/content/read-course-files';
import { validateCourse } from '../src/content/validate-course';
import { ContentError } from '../src/content/problems';

const ID = 'virtual:course-manifest';
const RESOLVED = '\0' + ID;

/**
 * Validates all course content when the build starts (a broken file fails `vite build` with
 * file and line) and serves the course manifest, the module list and slide ids without any
 * module text, as a virtual module.
 */
export function coursePlugin(root: string): Plugin {
  const load = () => {
    const files = readCourseFiles(root);
    const { manifest, problems } = validateCourse(files);
    if (problems.length) throw new ContentError(problems);
    return { manifest, files: files.map((f) => `${root}/${f.file}`) };
  };
  return {
    name: 'sta:course',
    buildStart() {
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
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/content/modules/')) {
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
