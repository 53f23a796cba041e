import { isEnding, type QuizItem, type RoleplayScenario } from '../../src/domain';

export const LOCALES = ['zh-CN', 'en'] as const;
/** A guesser who picks the longest option must not do well: at most a third of single-choice items… */
export const QUIZ_CUE_LIMIT = 1 / 3;
/** …and at most 40% of role-play turns, in each language. */
export const ROLEPLAY_CUE_LIMIT = 0.4;

export type Locale = (typeof LOCALES)[number];

/** Length as a reader sees it: characters (code points), so a Chinese character counts once. */
export const textLength = (text: string) => [...text.trim()].length;

/** True when `right` is strictly longer than every other text: the cue a guesser follows. */
export function strictlyLongest(right: string, others: readonly string[]) {
  return others.every((o) => textLength(right) > textLength(o));
}

export interface CueCount {
  cued: string[];
  total: number;
}

/** Single-choice items whose right option is strictly the longest, per language. */
export function quizCues(items: readonly (QuizItem & { bank?: string })[], locale: Locale): CueCount {
  const single = items.filter((i) => i.type === 'single');
  const cued = single.filter((i) => {
    const right = i.options.find((o) => o.correct)!;
    return strictlyLongest(right.text[locale], i.options.filter((o) => o !== right).map((o) => o.text[locale]));
  });
  return { cued: cued.map((i) => `${i.bank ?? ''}/${i.id}`), total: single.length };
}

/** Role-play turns whose best reply is strictly the longest, per language. */
export function roleplayCues(scenarios: readonly RoleplayScenario[], locale: Locale): CueCount {
  const cued: string[] = [];
  let total = 0;
  for (const s of scenarios)
    for (const [id, node] of Object.entries(s.nodes)) {
      if (isEnding(node)) continue;
      const best = node.choices.find((c) => c.quality === 'best');
      if (!best) continue;
      total++;
      if (strictlyLongest(best.text[locale], node.choices.filter((c) => c !== best).map((c) => c.text[locale]))) cued.push(`${s.id}/${id}`);
    }
  return { cued, total };
}
