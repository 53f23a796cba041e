import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { amountUnits, convertCommitments, MAX_WAN, PLAN_STEP, readCommitments, unitsToYuan, yuanToUnits } from '../../domain';
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

/** Names and figures of the sandbox in the current language: amounts in 万元 in Chinese, full figures in English. */
export function useSandboxText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const units = amountUnits(locale);
  const toField = (yuan: number) => yuanToUnits(yuan, units.field);
  const fromField = (typed: number) => unitsToYuan(typed, units.field);
  const maxField = f.number(yuanToUnits(MAX_WAN * PLAN_STEP, units.field));
  return {
    locale,
    /** An amount in running text and charts: "4,800" beside a 万元 unit in Chinese, "RMB 48 million" in English. */
    money: (yuan: number) => (locale === 'zh-CN' ? f.number(yuanToUnits(yuan, units.column)) : f.amount(yuan)),
    /** The figure an amount field shows for an amount in yuan, in the unit its label names. */
    toField,
    /** The amount in yuan of what was typed in an amount field. */
    fromField,
    /** Whether what was typed is a whole number of the plan's 10,000-yuan steps. */
    isWholeStep: (typed: number) => fromField(typed) % PLAN_STEP === 0,
    /** The commitments text as stored (万元) → as shown in the field, and back. */
    commitmentsToField: (stored: string) => convertCommitments(stored, PLAN_STEP, units.field),
    commitmentsFromField: (typed: string) => convertCommitments(typed, units.field, PLAN_STEP),
    /** What of the commitments typed in the field is not an amount it takes. */
    rejectedCommitments: (typed: string) => readCommitments(typed, units.field).rejected,
    /** The largest amount a field takes, in the field's unit. */
    maxField,
    /** Why an amount typed in a field is more than a plan can hold (and be saved); undefined when it fits. */
    tooLarge: (typed: number) => (fromField(typed) > MAX_WAN * PLAN_STEP ? t('sandbox.errors.tooLarge', { max: maxField }) : undefined),
    /** Why a number is outside the range a saved plan accepts; undefined when it is inside. */
    outOfRange: (n: number, min: number, max: number) => (n < min || n > max ? t('sandbox.errors.range', { min: f.number(min), max: f.number(max) }) : undefined),
    /** An amount in a table column whose header names the unit: 万元 in Chinese, exact yuan in English ("14,120,000"). */
    tableFigure: (yuan: number) => f.number(yuanToUnits(yuan, units.column)),
    /** An amount in an exported sheet, as a plain number under a header naming its unit: 万元 in Chinese, yuan in English. */
    sheetFigure: (yuan: number) => yuanToUnits(yuan, units.column),
    percent: (ratio: number) => f.ratio(ratio),
    month: (i: number) => t('sandbox.monthName', { month: f.number(i + 1) }),
    quarter: (i: number) => t('sandbox.quarterName', { quarter: f.number(i + 1) }),
    tier: (id: string) => t('sandbox.tierName', { tier: id }),
  };
}
