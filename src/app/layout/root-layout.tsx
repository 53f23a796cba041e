import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { LanguageSwitch } from './language-switch';
import { ThemeSelect } from './theme-select';
import { StorageNotices } from './storage-notices';
import { RecordsNotices } from './records-notices';
import { LmsExit } from './lms-exit';
import { PwaNotices } from '../pwa/pwa-notices';
import { useProfileStore } from '../../stores/profile-store';

// HR's pages, certificate verification, presenter mode and the trainer's sheets, and the welcome page itself are open without a trainee profile.
const ungated = (pathname: string) =>
  pathname === paths.welcome.pattern || pathname === paths.hr.pattern || pathname.startsWith(`${paths.hr.pattern}/`) || pathname === paths.verify.href() || pathname.startsWith(`${paths.verify.href()}/`) || pathname.startsWith('/present/') || pathname.startsWith('/trainer/') || pathname === paths.join.pattern;

export function RootLayout() {
  const { t } = useTranslation();
  const profile = useProfileStore((s) => s.profile);
  const location = useLocation();
  if (!profile && !ungated(location.pathname)) return <Navigate to={paths.welcome.href(`${location.pathname}${location.search}${location.hash}`)} replace />;
  const trainee = profile && !location.pathname.startsWith(paths.hr.pattern);
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
          {trainee && (
            <Link to={paths.profile.href()} className="shell__profile">
              {t('profile.editLink', { name: profile.name })}
            </Link>
          )}
          <LanguageSwitch />
          <ThemeSelect />
          <LmsExit />
        </div>
      </header>
      <StorageNotices />
      <RecordsNotices />
      <PwaNotices />
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell__footer">{t('app.footer')}</footer>
    </div>
  );
}
