import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
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

/** Names and figures of the sandbox in the current language; amounts shown in 万元. */
export function useSandboxText() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  return {
    locale,
    wan: (yuan: number) => f.number(yuan / 10_000),
    percent: (ratio: number) => f.ratio(ratio),
    month: (i: number) => t('sandbox.monthName', { month: f.number(i + 1) }),
    quarter: (i: number) => t('sandbox.quarterName', { quarter: f.number(i + 1) }),
    tier: (id: string) => t('sandbox.tierName', { tier: id }),
  };
}
