import rawManifest from 'virtual:course-manifest';
import type { Locale } from './locales';
import type { CourseManifest, ModuleMeta } from './schema';

// Validated at build time by the course plugin (build/course-plugin.ts).
const manifest = rawManifest as CourseManifest;

/** The validated course (titles, objectives, slide ids) for one locale; no module text. */
export function courseModules(locale: Locale): ModuleMeta[] {
  return manifest.moduleIds.map((id) => manifest.modules[locale][id]).filter((m): m is ModuleMeta => Boolean(m));
}

export function findModule(locale: Locale, moduleId: string | undefined): ModuleMeta | undefined {
  return moduleId && Object.hasOwn(manifest.modules[locale], moduleId) ? manifest.modules[locale][moduleId] : undefined;
}

export { manifest };
