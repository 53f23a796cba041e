import localeData from 'virtual:locale-data';
import type { Locale } from './locales';
import type { ModuleMeta } from './schema';

/** One locale's course: the module list and what each module holds, without module text. */
export interface LocaleManifest {
  moduleIds: string[];
  modules: Record<string, ModuleMeta>;
}

// One file per locale, validated at build time by the course plugin (build/course-plugin.ts):
// the first page loads only the language it shows.
const loaded: Partial<Record<Locale, LocaleManifest>> = {};

/** Loads a locale's manifest once; the shell awaits it before showing that language. */
export async function ensureCourseLocale(locale: Locale): Promise<void> {
  loaded[locale] ??= (await localeData[locale]!.course()) as LocaleManifest;
}

function manifestFor(locale: Locale): LocaleManifest {
  const manifest = loaded[locale];
  if (!manifest) throw new Error(`The ${locale} course manifest is not loaded yet`);
  return manifest;
}

/** The validated course (titles, objectives, slide ids) for one locale; no module text. */
export function courseModules(locale: Locale): ModuleMeta[] {
  const m = manifestFor(locale);
  return m.moduleIds.map((id) => m.modules[id]).filter((x): x is ModuleMeta => Boolean(x));
}

export function findModule(locale: Locale, moduleId: string | undefined): ModuleMeta | undefined {
  const m = manifestFor(locale);
  return moduleId && Object.hasOwn(m.modules, moduleId) ? m.modules[moduleId] : undefined;
}
