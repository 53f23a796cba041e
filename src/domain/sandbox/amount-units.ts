import { parseNumberInput } from '../quiz/parse-number';
import { PLAN_STEP } from './plan';

/**
 * Yuan per unit of an amount typed into a field. Chinese plans in whole 万元, as the deck does; an
 * English reader thinks in millions, and two decimals of a million are exactly the plan's 10,000
 * yuan step, so nothing typed in either language is lost or rounded.
 */
const FIELD_UNIT: Readonly<Record<string, number>> = { 'zh-CN': PLAN_STEP, en: 1_000_000 };

/** Yuan per unit of an amount in a table column or a sheet whose header names the unit: 万元 in Chinese, exact yuan in English. */
const COLUMN_UNIT: Readonly<Record<string, number>> = { 'zh-CN': PLAN_STEP, en: 1 };

/** How amounts are shown in a language: `field` for what is typed, `column` for tables and sheets (yuan per unit). */
export function amountUnits(locale: string): { field: number; column: number } {
  return { field: FIELD_UNIT[locale] ?? PLAN_STEP, column: COLUMN_UNIT[locale] ?? PLAN_STEP };
}

/** An amount in yuan as a figure in `unit` (to six decimals, so 10,000 yuan is 0.01 of a million, not 0.010000000000000002). */
export const yuanToUnits = (yuan: number, unit: number) => Math.round((yuan / unit) * 1e6) / 1e6;

/** A figure in `unit` as whole yuan. */
export const unitsToYuan = (figure: number, unit: number) => Math.round(figure * unit);

/** The separators a trainee puts between commitments: commas (ASCII or full-width), 、 and spaces. */
const SEPARATORS = /[,，、\s]+/;
/** The same, kept in what `split` returns, so the text can be put back together. */
const KEPT_SEPARATORS = /([,，、\s]+)/;

export interface ReadCommitments {
  /** Each commitment read, in yuan, in the order typed. */
  yuan: number[];
  /** What was typed but is not an amount of 0 or more in whole 10,000-yuan steps, as typed. */
  rejected: string[];
}

/** The commitments a trainee typed, each figure in `unit` (empty entries, such as a trailing comma, are no one's). */
export function readCommitments(text: string, unit: number): ReadCommitments {
  const out: ReadCommitments = { yuan: [], rejected: [] };
  for (const part of text.split(SEPARATORS)) {
    if (part === '') continue;
    const n = parseNumberInput(part);
    const yuan = n === undefined ? NaN : unitsToYuan(n, unit);
    if (Number.isFinite(yuan) && yuan >= 0 && yuan % PLAN_STEP === 0) out.yuan.push(yuan);
    else out.rejected.push(part);
  }
  return out;
}

/**
 * The commitments text with each figure moved from one unit to another, separators and anything
 * that is not a number kept as typed, so the trainee's text survives a change of language.
 */
export function convertCommitments(text: string, from: number, to: number): string {
  if (from === to) return text;
  return text
    .split(KEPT_SEPARATORS)
    .map((part) => {
      const n = parseNumberInput(part);
      return n === undefined ? part : String(yuanToUnits(unitsToYuan(n, from), to));
    })
    .join('');
}
