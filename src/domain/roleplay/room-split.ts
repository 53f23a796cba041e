import { classifyReply } from './classify';
import { replySteps, replyWarnings, type ReplyLocale, type ReplyWarning } from './corpus';
import type { ObjectionType, ReplyStep } from './types';

export interface RoomReply {
  text: string;
  locale: ReplyLocale;
}

export interface RoomSplit {
  total: number;
  /** Per step: how many replies took it, their share of the room, and a few examples without names. */
  steps: Record<ReplyStep, { count: number; share: number; examples: string[] }>;
  /** How many replies raised each warning. */
  warnings: Record<ReplyWarning, number>;
}

/** Longest example shown on a projector, in characters. */
export const EXAMPLE_MAX = 140;

/**
 * How a room's typed answers to one objection split by LSCPA step, for a projector: counts, shares
 * and, per step, the clearest few replies as anonymous examples (text only, no duplicates, cut to
 * {@link EXAMPLE_MAX} characters).
 */
export function roomReplySplit(replies: readonly RoomReply[], options: { objection?: ObjectionType; examplesPerStep?: number } = {}): RoomSplit {
  const perStep = options.examplesPerStep ?? 3;
  const read = replies
    .filter((r) => r.text.trim())
    .map((r) => ({ text: r.text.trim(), verdict: classifyReply({ text: r.text, locale: r.locale, context: { objection: options.objection } }) }));
  const warnings = Object.fromEntries(replyWarnings.map((w) => [w, read.filter((r) => r.verdict.warnings.includes(w)).length])) as RoomSplit['warnings'];
  const steps = Object.fromEntries(
    replySteps.map((step) => {
      const mine = read.filter((r) => r.verdict.step === step);
      const examples = [...new Set(mine.sort((a, b) => b.verdict.confidence - a.verdict.confidence).map((r) => r.text))]
        .slice(0, perStep)
        .map((t) => (t.length > EXAMPLE_MAX ? `${t.slice(0, EXAMPLE_MAX - 1)}…` : t));
      return [step, { count: mine.length, share: read.length ? mine.length / read.length : 0, examples }];
    }),
  ) as RoomSplit['steps'];
  return { total: read.length, steps, warnings };
}
