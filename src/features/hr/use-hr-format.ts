import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';

type Unit = 'hour' | 'minute' | 'second';

/** Times, durations and module titles in the current language, all through Intl. */
export function useHrFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return useMemo(() => {
    const unit = (u: Unit, n: number, unitDisplay: 'long' | 'short') => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay }).format(n);
    const list = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      /** Seconds to wait, said as a person would: "45 seconds", "2 minutes". */
      wait: (seconds: number) => (seconds < 60 ? unit('second', Math.max(1, Math.ceil(seconds)), 'long') : unit('minute', Math.ceil(seconds / 60), 'long')),
      /** 3_930_000 → "1 hr 5 min"; under an hour the seconds are kept. */
      duration: (ms: number) => {
        const total = Math.max(0, Math.round(ms / 1000));
        const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
        const parts = [h > 0 && unit('hour', h, 'short'), m > 0 && unit('minute', m, 'short'), h === 0 && (s > 0 || m === 0) && unit('second', s, 'short')];
        return list.format(parts.filter((p): p is string => Boolean(p)));
      },
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      moduleTitle: (id: string) => findModule(locale, id)?.title ?? id,
      slideTitle: (moduleId: string, slideId: string) => findModule(locale, moduleId)?.slides.find((s) => s.id === slideId)?.title ?? slideId,
    };
  }, [locale]);
}
