import type { QuizBank } from '../domain';

// Each bank is its own chunk, validated at build time by the course plugin.
const loaders = import.meta.glob<{ default: QuizBank }>('../../content/modules/*/quiz.yaml');
const cache = new Map<string, Promise<QuizBank>>();

const keyOf = (moduleId: string) => `../../content/modules/${moduleId}/quiz.yaml`;

export function hasQuizBank(moduleId: string): boolean {
  return Object.hasOwn(loaders, keyOf(moduleId));
}

/** Loads one module's question bank; a failed load is not cached, so a retry really retries. */
export function loadQuizBank(moduleId: string): Promise<QuizBank> {
  const key = keyOf(moduleId);
  const cached = cache.get(key);
  if (cached) return cached;
  const loader = loaders[key];
  if (!loader) return Promise.reject(new Error(`No question bank for ${moduleId}`));
  const promise = loader().then((m) => m.default);
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  return promise;
}

/** Every bank, keyed by module id (the final assessment draws from all of them). */
export async function loadAllQuizBanks(): Promise<Record<string, QuizBank>> {
  const ids = Object.keys(loaders).map((k) => k.split('/').at(-2)!);
  const banks = await Promise.all(ids.map((id) => loadQuizBank(id)));
  return Object.fromEntries(ids.map((id, i) => [id, banks[i]!]));
}
