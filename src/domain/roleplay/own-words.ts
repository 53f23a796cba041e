import { textLanguage } from '../smart/text-language';
import { classifyReply, type ReplyVerdict } from './classify';
import type { ReplyLocale } from './corpus';
import type { DialogueNode, ObjectionType, Quality, ReplyStep } from './types';

function bigrams(text: string): Map<string, number> {
  const clean = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const grams = new Map<string, number>();
  for (let i = 0; i < clean.length - 1; i++) {
    const g = clean.slice(i, i + 2);
    if (g.includes(' ') && g.trim().length < 2 && /[a-z]/.test(g)) continue;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** 0–1: how alike two replies are (Dice coefficient over character pairs; works for Chinese and English alike). */
export function replySimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/**
 * The most a typed reply may hold, in characters: a reply in a conversation is a few sentences (the
 * 70/30 rule of module 08), about ten times the checker's monologue warning, and a cap keeps a pasted
 * page from being stored and replayed in every run.
 */
export const REPLY_MAX = 1000;

/** A reply's length as the trainee counts it: characters (code points), so a Chinese character or an emoji counts once. */
export function replyLength(text: string): number {
  return [...text].length;
}

const QUALITY_RANK: Record<Quality, number> = { best: 0, ok: 1, poor: 2 };
/** Below this difference two scripted replies are equally close to the trainee's words. */
const SIMILARITY_TIE = 0.05;

export interface OwnWordsTurn {
  verdict: ReplyVerdict;
  /** The scripted reply the conversation continues on. */
  choiceIndex: number;
  /** Whether a scripted reply took the same step; if not, the conversation goes on as after the turn's poor reply. */
  matched: boolean;
}

/**
 * Answers one turn with the trainee's own words: the reply is classified, and the conversation
 * continues on the turn's scripted reply with the same step (the most alike text if several; the
 * stronger reply when the words do not tell them apart), or on its poor reply when the reply is
 * `none` or takes a step no scripted reply takes. The reply is read in the language it is written
 * in; `input.locale` (the page's) only decides a reply that is neither clearly Chinese nor English.
 */
export function answerTurn(
  node: DialogueNode,
  input: { text: string; locale: ReplyLocale; objection?: ObjectionType; priorStep?: ReplyStep },
): OwnWordsTurn {
  const locale = textLanguage(input.text, input.locale);
  const verdict = classifyReply({ text: input.text, locale, context: { objection: input.objection, priorStep: input.priorStep } });
  const indexed = node.choices.map((c, i) => ({ c, i, sim: replySimilarity(input.text, c.text[locale]) }));
  const same = verdict.step === 'none' ? [] : indexed.filter(({ c }) => c.step === verdict.step);
  const pool = same.length ? same : indexed.filter(({ c }) => c.quality === 'poor');
  const candidates = pool.length ? pool : indexed.filter(({ c }) => QUALITY_RANK[c.quality] === Math.max(...indexed.map((x) => QUALITY_RANK[x.c.quality])));
  const top = Math.max(...candidates.map((x) => x.sim));
  const close = candidates.filter((x) => top - x.sim < SIMILARITY_TIE);
  // Among replies equally close to the words, the stronger one for a step the trainee did take; the weaker one otherwise.
  close.sort((a, b) => (same.length ? QUALITY_RANK[a.c.quality] - QUALITY_RANK[b.c.quality] : 0) || b.sim - a.sim);
  return { verdict, choiceIndex: close[0]!.i, matched: same.length > 0 };
}
