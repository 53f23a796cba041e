import { objectionTypes, type ObjectionType, type ReplyStep } from './types';

export const replySteps = ['listen', 'sympathize', 'confirm', 'position', 'affirm', 'none'] as const satisfies readonly ReplyStep[];
export const replyWarnings = ['concession', 'monologue', 'contradiction'] as const;
export type ReplyWarning = (typeof replyWarnings)[number];
export type ReplyLocale = 'zh-CN' | 'en';

/** One labeled reply of the corpus in `content/roleplay-corpus/` (see its README). */
export interface CorpusReply {
  split: 'dev' | 'test';
  step: ReplyStep;
  objection: ObjectionType;
  warnings: ReplyWarning[];
  text: string;
  locale: ReplyLocale;
  /** 1-based line in its file, for error messages. */
  line: number;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/**
 * Reads a corpus file (`split | step | objection | warnings | text` per line, `#` comments).
 * Throws on the first malformed line, naming it, so a broken corpus never yields a figure.
 */
export function parseReplyCorpus(source: string, locale: ReplyLocale): CorpusReply[] {
  const out: CorpusReply[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const parts = raw.split('|').map((p) => p.trim());
    const fail = (why: string) => new Error(`${locale} corpus line ${line}: ${why}`);
    if (parts.length !== 5) throw fail(`expected 5 fields separated by "|", found ${parts.length}`);
    const [split, step, objection, warnings, text] = parts as [string, string, string, string, string];
    if (split !== 'dev' && split !== 'test') throw fail(`split must be dev or test, not "${split}"`);
    if (!oneOf(replySteps, step)) throw fail(`unknown step "${step}"`);
    if (!oneOf(objectionTypes, objection)) throw fail(`unknown objection "${objection}"`);
    const ws = warnings === '-' ? [] : warnings.split(',').map((w) => w.trim());
    const bad = ws.find((w) => !oneOf(replyWarnings, w));
    if (bad !== undefined) throw fail(`unknown warning "${bad}"`);
    if (!text) throw fail('empty text');
    out.push({ split, step, objection, warnings: ws as ReplyWarning[], text, locale, line });
  });
  return out;
}

export interface Labelled {
  text: string;
  locale: ReplyLocale;
  step: ReplyStep;
}

export interface ClassifierReport {
  total: number;
  correct: number;
  accuracy: number;
  /** confusion[expected][predicted] = count. */
  confusion: Record<ReplyStep, Record<ReplyStep, number>>;
  recall: Record<ReplyStep, { correct: number; total: number; recall: number }>;
  byLocale: Record<ReplyLocale, { correct: number; total: number; accuracy: number }>;
  misses: { text: string; locale: ReplyLocale; expected: ReplyStep; predicted: ReplyStep }[];
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

/** Compares a classifier's steps with the labels: accuracy overall and per language, recall per step, the confusion matrix. */
export function evaluateClassifier(items: readonly Labelled[], classify: (item: Labelled) => ReplyStep): ClassifierReport {
  const row = () => Object.fromEntries(replySteps.map((s) => [s, 0])) as Record<ReplyStep, number>;
  const confusion = Object.fromEntries(replySteps.map((s) => [s, row()])) as ClassifierReport['confusion'];
  const byLocale = { 'zh-CN': { correct: 0, total: 0, accuracy: 0 }, en: { correct: 0, total: 0, accuracy: 0 } };
  const misses: ClassifierReport['misses'] = [];
  let correct = 0;
  for (const item of items) {
    const predicted = classify(item);
    confusion[item.step][predicted]++;
    byLocale[item.locale].total++;
    if (predicted === item.step) {
      correct++;
      byLocale[item.locale].correct++;
    } else misses.push({ text: item.text, locale: item.locale, expected: item.step, predicted });
  }
  for (const l of Object.values(byLocale)) l.accuracy = ratio(l.correct, l.total);
  const recall = Object.fromEntries(
    replySteps.map((s) => {
      const total = replySteps.reduce((sum, p) => sum + confusion[s][p], 0);
      return [s, { correct: confusion[s][s], total, recall: ratio(confusion[s][s], total) }];
    }),
  ) as ClassifierReport['recall'];
  return { total: items.length, correct, accuracy: ratio(correct, items.length), confusion, recall, byLocale, misses };
}
