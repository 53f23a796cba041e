import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number formatting for the current UI language; every figure on screen goes through here. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return {
      /** 0.68 → "68%" */
      ratio: (value: number) => percent.format(value),
      /** 70 → "70%" */
      percent: (value: number) => percent.format(value / 100),
      number: (value: number) => number.format(value),
      date: (iso: string) => date.format(new Date(iso)),
    };
  }, [locale]);
}
