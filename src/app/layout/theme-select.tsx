import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore, type Theme } from '../../stores/settings-store';

export function ThemeSelect() {
  const { t } = useTranslation();
  const id = useId();
  const theme = useSettingsStore((s) => s.theme);
  const setTheme = useSettingsStore((s) => s.setTheme);
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('settings.theme')}</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">{t('settings.themeSystem')}</option>
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
      </select>
    </div>
  );
}
