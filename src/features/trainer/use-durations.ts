import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters';

/** Minutes as the reader's language writes them: "35分钟", "35 minutes"; "10小时18分钟", "10 hours 18 minutes". */
export function useDurations() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const { duration } = useFormatters();
  return useMemo(() => {
    const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    return {
      minutes: (n: number) => minutes.format(n),
      /** Hours and minutes, for a day’s length or a total over an hour. */
      span: duration,
    };
  }, [locale, duration]);
}
