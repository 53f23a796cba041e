import type { QuizBank } from '../domain';
import { chunkLoader } from './chunk-loader';

// Each bank is its own chunk, validated at build time by the course plugin.
const loaders = import.meta.glob<{ default: QuizBank }>('../../content/modules/*/quiz.yaml');
const load = chunkLoader(loaders);

const keyOf = (moduleId: string) => `../../content/modules/${moduleId}/quiz.yaml`;

/** Loads one module's question bank (once; a failed load is retried next time). */
export function loadQuizBank(moduleId: string): Promise<QuizBank> {
  return load(keyOf(moduleId), `No question bank for ${moduleId}`);
}

/** Every bank, keyed by module id (the final assessment draws from all of them). */
export async function loadAllQuizBanks(): Promise<Record<string, QuizBank>> {
  const ids = Object.keys(loaders).map((k) => k.split('/').at(-2)!);
  const banks = await Promise.all(ids.map((id) => loadQuizBank(id)));
  return Object.fromEntries(ids.map((id, i) => [id, banks[i]!]));
}
