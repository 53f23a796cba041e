import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and scores as a certificate writes them, in the language shown: 2026年11月27日 · November 27, 2026; 93%. */
export function useCertificateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return { date: (iso: string) => date.format(new Date(iso)), score: (scaled: number) => percent.format(scaled) };
  }, [locale]);
}
