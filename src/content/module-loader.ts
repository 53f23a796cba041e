import type { ComponentType } from 'react';
import type { Locale } from './locales';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX content takes a components map
export type ModuleContent = ComponentType<{ components?: Record<string, ComponentType<any>> }>;

// Each module's text is its own chunk, fetched when the trainee opens it.
const loaders = import.meta.glob<{ default: ModuleContent }>('../../content/modules/*/*.mdx');
const cache = new Map<string, Promise<ModuleContent>>();

/** Loads one module's text; a failed load is not cached, so "try again" really retries. */
export function loadModuleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  const key = `../../content/modules/${moduleId}/${locale}.mdx`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loader = loaders[key];
  if (!loader) return Promise.reject(new Error(`No content for ${moduleId} (${locale})`));
  const promise = loader().then((m) => m.default);
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  return promise;
}
