import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Minutes as the reader's language writes them: "35分钟", "35 minutes"; "10小时18分钟", "10 hr 18 min". */
export function useDurations() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
    return {
      minutes: (n: number) => minutes.format(n),
      /** Hours and minutes, for a day's length. */
      span: (n: number) => {
        const h = Math.floor(n / 60);
        const m = n % 60;
        if (!h) return minutes.format(m);
        return m ? `${hours.format(h)}${locale.startsWith('zh') ? '' : ' '}${minutes.format(m)}` : hours.format(h);
      },
    };
  }, [locale]);
}
