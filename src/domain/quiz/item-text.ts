import { displayWidth } from '../display-width';
import type { LocalizedText, QuizBank, QuizItem } from './types';

/**
 * What HR reads for a quiz item and its answers: the question's text and the options' labels
 * from the course's banks, in HR's language, where the records hold only ids (`result.response`
 * in the cmi.interaction formats). An id the banks do not know (the content changed since) is
 * kept as it is and marked `known: false`, so the page and the exports can say so.
 */
export type ItemLocale = keyof LocalizedText;

export interface ItemText {
  /** The stable id (an item's, an option's, a matched pair's `left[.]right`). */
  id: string;
  /** The label in the asked language, or the id when it is not known. */
  text: string;
  known: boolean;
  /** A match's two sides (`text` is "left → right"), so a narrow column can shorten the left and keep the right whole. */
  pair?: { left: string; right: string };
}

/** How true and false read in HR's language (a true/false item has no options of its own). */
export interface TrueFalseWords {
  true: string;
  false: string;
}

const unknown = (id: string): ItemText => ({ id, text: id, known: false });
const known = (id: string, text: string): ItemText => ({ id, text, known: true });

/**
 * The item of a quiz: in its module's bank, or (the final assessment draws from every bank, and a
 * module's quiz may have been renamed) in any bank that has the id.
 */
export function findQuizItem(banks: Readonly<Record<string, QuizBank>>, quizId: string, itemId: string): QuizItem | undefined {
  const own = Object.hasOwn(banks, quizId) ? banks[quizId]!.items.find((i) => i.id === itemId) : undefined;
  if (own) return own;
  for (const bank of Object.values(banks)) {
    const found = bank.items.find((i) => i.id === itemId);
    if (found) return found;
  }
  return undefined;
}

/** The question's stem (its prompt; a case question's scenario is context, not the question). */
export function questionText(item: QuizItem | undefined, itemId: string, locale: ItemLocale): ItemText {
  return item ? known(itemId, item.prompt[locale]) : unknown(itemId);
}

/**
 * The label of one part of a response: a choice's or an ordering entry's text, true or false, a
 * match as "left → right", a number with the item's unit.
 */
export function answerText(item: QuizItem | undefined, part: string, locale: ItemLocale, words: TrueFalseWords): ItemText {
  if (!item) return unknown(part);
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const option = item.options.find((o) => o.id === part);
      return option ? known(part, option.text[locale]) : unknown(part);
    }
    case 'ordering': {
      const entry = item.entries.find((e) => e.id === part);
      return entry ? known(part, entry.text[locale]) : unknown(part);
    }
    case 'truefalse':
      return part === 'true' || part === 'false' ? known(part, words[part]) : unknown(part);
    case 'matching': {
      const [left, right] = part.split('[.]');
      const l = item.pairs.find((p) => p.id === left);
      const r = item.pairs.find((p) => p.id === right);
      return l && r ? { ...known(part, `${l.left[locale]} → ${r.right[locale]}`), pair: { left: l.left[locale], right: r.right[locale] } } : unknown(part);
    }
    case 'numeric': {
      if (part.trim() === '' || !Number.isFinite(Number(part))) return unknown(part);
      const unit = item.unit?.[locale];
      return known(part, unit ? `${part}${locale === 'zh-CN' ? '' : ' '}${unit}` : part);
    }
  }
}

/** Each part of a response (`[,]` between choices, entries in order or matches), labeled. */
export function responseText(item: QuizItem | undefined, response: string, locale: ItemLocale, words: TrueFalseWords): ItemText[] {
  if (response === '') return [];
  return response.split('[,]').map((part) => answerText(item, part, locale, words));
}

/** A label cut to about `maxWidth` (see `shortenText`); a match keeps its right side whole and shortens its left. */
export function shortenAnswer(answer: ItemText, maxWidth: number): string {
  if (!answer.pair) return shortenText(answer.text, maxWidth);
  const room = Math.max(maxWidth / 2, maxWidth - displayWidth(answer.pair.right) - 3);
  return `${shortenText(answer.pair.left, room)} → ${answer.pair.right}`;
}

/**
 * A text cut to about `maxWidth` Latin characters' room (CJK counting two), ending in "…": at the
 * last space when there is one in the last third (a word is not cut in two), else at the limit.
 */
export function shortenText(text: string, maxWidth: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= maxWidth) return flat;
  let width = 0;
  let end = 0;
  for (const ch of flat) {
    const w = displayWidth(ch);
    if (width + w > maxWidth - 1) break;
    width += w;
    end += ch.length;
  }
  const space = flat.lastIndexOf(' ', end);
  const cut = space > end / 2 ? space : end;
  return `${flat.slice(0, cut).replace(/[\s,;:，；：、]+$/, '')}…`;
}
