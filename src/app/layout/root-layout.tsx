import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { LanguageSwitch } from './language-switch';
import { ThemeSelect } from './theme-select';
import { StorageNotices } from './storage-notices';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <Link to={paths.home.href()} className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◎
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <div className="shell__settings">
          <LanguageSwitch />
          <ThemeSelect />
        </div>
      </header>
      <StorageNotices />
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell__footer">{t('app.footer')}</footer>
    </div>
  );
}
