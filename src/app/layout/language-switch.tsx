import { useTranslation } from 'react-i18next';
import { locales } from '../../content/locales';
import { useSettingsStore } from '../../stores/settings-store';

const localeName = { 'zh-CN': 'settings.localeNames.zh-CN', en: 'settings.localeNames.en' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useSettingsStore((s) => s.locale);
  const setLocale = useSettingsStore((s) => s.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('settings.language')}>
      {locales.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
          {t(localeName[l])}
        </button>
      ))}
    </div>
  );
}
