import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { readCourseFiles, readQuizFiles, readRoleplayFiles, readScenarioFiles } from '../src/content/read-course-files';
import { validateRoleplay } from '../src/content/roleplay-schema';
import type { CourseModuleInfo, RoleplayScenario } from '../src/domain';
import type { CourseManifest } from '../src/content/schema';
import { validateScenario } from '../src/content/validate-scenario';
import type { Scenario } from '../src/content/scenario-schema';
import { validateCourse, type CourseValidation } from '../src/content/validate-course';
import { ContentError } from '../src/content/problems';
import { locales, type Locale } from '../src/content/locales';

const ID = 'virtual:course-manifest/';
/**
 * The language data the first screen needs (interface strings and course manifest), as JSON files
 * fetched (and preloaded by build/route-preload-plugin.ts) rather than as JavaScript: data costs no
 * parse as code, and the first page's JavaScript stays what it draws. Under the dev server and
 * vitest the same loaders import the data directly.
 */
const LOCALE_DATA_ID = 'virtual:locale-data';
/** The names the JSON files are emitted under (`assets/<name>-<hash>.json`). */
export const localeDataName = (kind: 'strings' | 'course', locale: Locale) => `${kind}-${locale}`;
export const COURSE_INDEX_FILE = 'course-index.json';

/** The modules in order, with their titles in every language and whether each has a quiz. */
export function courseIndex(manifest: CourseManifest): { modules: CourseModuleInfo[] } {
  return {
    modules: manifest.moduleIds.map((id) => ({
      id,
      hasQuiz: locales.some((l) => Boolean(manifest.modules[l][id]?.quiz)),
      title: Object.fromEntries(locales.map((l) => [l, manifest.modules[l][id]?.title ?? id])),
    })),
  };
}
const RESOLVED = '\0' + ID;
const QUIZ_FILE = /\/content\/modules\/([^/]+)\/quiz\.yaml$/;
const SCENARIO_FILE = /\/content\/scenarios\/([^/]+)\.yaml$/;
const ROLEPLAY_FILE = /\/content\/roleplay\/([^/]+)\.yaml$/;

/**
 * Validates all course content when the build starts (a broken file fails `vite build` with
 * file and line), serves the course manifest (module list, slide ids, quiz summaries; no module
 * text) as a virtual module, and turns each `quiz.yaml` into its validated bank, one chunk each.
 */
export function coursePlugin(root: string): Plugin {
  let cached: (CourseValidation & { files: string[]; scenarios: Record<string, Scenario>; roleplays: Record<string, RoleplayScenario> }) | undefined;
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
    const roleplayFiles = readRoleplayFiles(root);
    const roleplays: Record<string, RoleplayScenario> = {};
    for (const file of roleplayFiles) {
      const checked = validateRoleplay(file.source, file.file);
      result.problems.push(...checked.problems);
      if (checked.scenario) roleplays[checked.scenario.id] = checked.scenario;
    }
    if (result.problems.length) throw new ContentError(result.problems);
    cached = { ...result, scenarios, roleplays, files: [...files, ...quizzes, ...scenarioFiles, ...roleplayFiles].map((f) => `${root}/${f.file}`) };
    return cached;
  };
  let build = false;
  return {
    name: 'sta:course',
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      cached = undefined;
      load();
    },
    resolveId(id) {
      return id.startsWith(ID) || id === LOCALE_DATA_ID ? '\0' + id : undefined;
    },
    load(id) {
      if (id === '\0' + LOCALE_DATA_ID) {
        const { manifest, files } = load();
        for (const file of files) this.addWatchFile(file);
        const entries = locales.map((locale) => {
          const strings = `${root}/src/app/i18n/${locale}.json`;
          if (!build) return `${JSON.stringify(locale)}: { strings: () => import(${JSON.stringify(strings)}).then((m) => m.default), course: () => import(${JSON.stringify(ID + locale)}).then((m) => m.default) }`;
          this.addWatchFile(strings);
          const ref = (kind: 'strings' | 'course', source: string) => this.emitFile({ type: 'asset', name: `${localeDataName(kind, locale)}.json`, source });
          const course = ref('course', JSON.stringify({ moduleIds: manifest.moduleIds, modules: manifest.modules[locale] }));
          const text = ref('strings', JSON.stringify(JSON.parse(readFileSync(strings, 'utf8'))));
          return `${JSON.stringify(locale)}: { strings: () => json(import.meta.ROLLUP_FILE_URL_${text}), course: () => json(import.meta.ROLLUP_FILE_URL_${course}) }`;
        });
        const json = `const json = async (url) => { const r = await fetch(url); if (!r.ok) throw new Error(\`\${url}: HTTP \${r.status}\`); return r.json(); };`;
        return `${build ? json : ''}\nexport default { ${entries.join(', ')} };`;
      }
      if (!id.startsWith(RESOLVED)) return undefined;
      const locale = id.slice(RESOLVED.length) as Locale;
      const { manifest, files } = load();
      for (const file of files) this.addWatchFile(file);
      return `export default ${JSON.stringify({ moduleIds: manifest.moduleIds, modules: manifest.modules[locale] })};`;
    },
    // The records server reads the module list from here (HR's matrix needs ids and titles, not the app), and the quiz banks.
    generateBundle() {
      const { manifest, banks, roleplays } = load();
      // The banks too: the server draws and scores quiz attempts from the same banks as the page.
      // The role-plays' titles name them in HR's exports (the records hold only their ids).
      const titles = Object.values(roleplays).map((r) => ({ id: r.id, title: r.title }));
      this.emitFile({ type: 'asset', fileName: COURSE_INDEX_FILE, source: JSON.stringify({ ...courseIndex(manifest), banks, roleplays: titles }, null, 2) });
    },
    transform(_code, id) {
      const path = id.split('?')[0]!;
      const quiz = QUIZ_FILE.exec(path);
      const scenario = SCENARIO_FILE.exec(path);
      const roleplay = ROLEPLAY_FILE.exec(path);
      if (!quiz && !scenario && !roleplay) return undefined;
      const data = quiz ? load().banks[quiz[1]!] : scenario ? load().scenarios[scenario[1]!] : load().roleplays[roleplay![1]!];
      if (!data) throw new Error(`${id}: no validated content for this file`);
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
    handleHotUpdate(ctx) {
      if (ctx.file.includes('/content/modules/')) {
        cached = undefined;
        for (const locale of locales) {
          const mod = ctx.server.moduleGraph.getModuleById(RESOLVED + locale);
          if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };
}
