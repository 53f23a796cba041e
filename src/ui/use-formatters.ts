import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { durationText } from './duration-text';

/** Number formatting for the current UI language; every figure on screen goes through here. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const plain = new Intl.NumberFormat(locale, { useGrouping: false });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    return {
      /** 0.68 → "68%" */
      ratio: (value: number) => percent.format(value),
      /** 70 → "70%" */
      percent: (value: number) => percent.format(value / 100),
      /** 12345 → "12,345": every count and figure in a sentence. */
      number: (value: number) => number.format(value),
      /** 2026 → "2026": a year or a code, which is never grouped. */
      plain: (value: number) => plain.format(value),
      date: (iso: string) => date.format(new Date(iso)),
      /** 363 (minutes) → "6 hours 3 minutes" / "6小时3分钟": a length of time over an hour. */
      duration: (minutes: number) => durationText(minutes, locale),
      /** ['a', 'b', 'c'] → "a, b, and c" / "a、b和c" */
      list: (items: readonly string[]) => list.format(items),
      /** Yuan as people write them: 5,280万元 / 1.2亿元; RMB 52.8 million / RMB 800,000. */
      amount: (yuan: number) => {
        if (locale.startsWith('zh')) {
          if (Math.abs(yuan) >= 1e8) return `${number.format(yuan / 1e8)}亿元`;
          if (Math.abs(yuan) >= 1e4) return `${number.format(yuan / 1e4)}万元`;
          return `${number.format(yuan)}元`;
        }
        return Math.abs(yuan) >= 1e6 ? `RMB ${number.format(yuan / 1e6)} million` : `RMB ${number.format(yuan)}`;
      },
    };
  }, [locale]);
}
