import type { ComponentType } from 'react';
import type { Locale } from './locales';
import { chunkLoader } from './chunk-loader';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX content takes a components map
export type ModuleContent = ComponentType<{ components?: Record<string, ComponentType<any>> }>;

// Each module's text is its own chunk, fetched when the trainee opens it.
const loaders = import.meta.glob<{ default: ModuleContent }>('../../content/modules/*/*.mdx');
const load = chunkLoader(loaders);

/** Loads one module's text (once; a failed load is retried next time). */
export function loadModuleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  return load(`../../content/modules/${moduleId}/${locale}.mdx`, `No content for ${moduleId} (${locale})`);
}
