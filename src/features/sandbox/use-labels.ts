import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { MAX_WAN, parseNumberInput, PLAN_STEP } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

export type View = 'months' | 'quarters' | 'regions' | 'products' | 'people' | 'tiers';
export const views: View[] = ['months', 'quarters', 'regions', 'products', 'people', 'tiers'];

export const viewLabel = {
  months: 'sandbox.views.months',
  quarters: 'sandbox.views.quarters',
  regions: 'sandbox.views.regions',
  products: 'sandbox.views.products',
  people: 'sandbox.views.people',
  tiers: 'sandbox.views.tiers',
} as const satisfies Record<View, string>;

/**
 * Yuan per unit typed into an amount field. Chinese plans in whole 万元, as the deck does; an
 * English reader thinks in millions, and two decimals of a million are exactly the plan's 10,000
 * yuan step, so nothing typed in either language is lost or rounded.
 */
const INPUT_UNIT = { 'zh-CN': PLAN_STEP, en: 1_000_000 } as const satisfies Record<Locale, number>;

/** Names and figures of the sandbox in the current language: amounts in 万元 in Chinese, full figures in English. */
export function useSandboxText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const unit = INPUT_UNIT[locale] ?? PLAN_STEP;
  const toField = (yuan: number) => Math.round((yuan / unit) * 1e6) / 1e6;
  const fromField = (typed: number) => Math.round(typed * unit);
  // Commitments are kept as the text typed in 万元 (what plans and links already hold); in
  // English that text is shown and read in millions.
  const commitments = (text: string, convert: (n: number) => number) =>
    unit === PLAN_STEP
      ? text
      : text
          .split(/([,，、\s]+)/)
          .map((part) => {
            const n = parseNumberInput(part);
            return n === undefined ? part : String(convert(n));
          })
          .join('');
  const maxField = f.number((MAX_WAN * PLAN_STEP) / unit);
  return {
    locale,
    /** An amount in running text and charts: "4,800" beside a 万元 unit in Chinese, "RMB 48 million" in English. */
    money: (yuan: number) => (locale === 'zh-CN' ? f.number(yuan / PLAN_STEP) : f.amount(yuan)),
    /** The figure an amount field shows for an amount in yuan, in the unit its label names. */
    toField,
    /** The amount in yuan of what was typed in an amount field. */
    fromField,
    /** Whether what was typed is a whole number of the plan's 10,000-yuan steps. */
    isWholeStep: (typed: number) => fromField(typed) % PLAN_STEP === 0,
    /** The commitments text as stored (万元) → as shown in the field, and back. */
    commitmentsToField: (stored: string) => commitments(stored, (wan) => toField(wan * PLAN_STEP)),
    commitmentsFromField: (typed: string) => commitments(typed, (n) => fromField(n) / PLAN_STEP),
    /** The largest amount a field takes, in the field's unit. */
    maxField,
    /** Why an amount typed in a field is more than a plan can hold (and be saved); undefined when it fits. */
    tooLarge: (typed: number) => (fromField(typed) > MAX_WAN * PLAN_STEP ? t('sandbox.errors.tooLarge', { max: maxField }) : undefined),
    /** Why a number is outside the range a saved plan accepts; undefined when it is inside. */
    outOfRange: (n: number, min: number, max: number) => (n < min || n > max ? t('sandbox.errors.range', { min: f.number(min), max: f.number(max) }) : undefined),
    /** An amount in a table column whose header names the unit: 万元 in Chinese, exact yuan in English ("14,120,000"). */
    tableFigure: (yuan: number) => f.number(locale === 'zh-CN' ? yuan / PLAN_STEP : yuan),
    /** An amount in an exported sheet, as a plain number under a header naming its unit: 万元 in Chinese, yuan in English. */
    sheetFigure: (yuan: number) => (locale === 'zh-CN' ? yuan / PLAN_STEP : yuan),
    percent: (ratio: number) => f.ratio(ratio),
    month: (i: number) => t('sandbox.monthName', { month: f.number(i + 1) }),
    quarter: (i: number) => t('sandbox.quarterName', { quarter: f.number(i + 1) }),
    tier: (id: string) => t('sandbox.tierName', { tier: id }),
  };
}
