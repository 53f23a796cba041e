import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import type { LocalizedText } from '../../domain';

/** Picks the current language's side of a bilingual bank text. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (text: LocalizedText) => text[locale];
}
