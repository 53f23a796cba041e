import { lazy, Suspense, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { SiteMenu } from './site-menu';
import { PwaNotices } from '../pwa/pwa-notices';
import { useProfileStore } from '../../stores/profile-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useStorageNotices } from '../../stores/storage-notices-store';
import { useSessionStore } from '../../stores/session-store';
import { useFocusOnPageChange } from './page-focus';

// Storage that could not be read or written is rare: what says so is loaded only then.
const StorageNotices = lazy(async () => ({ default: (await import('./storage-notices')).StorageNotices }));
// Only a course that keeps records has records to tell about: a static copy never loads this.
const RecordsNotices = lazy(async () => ({ default: (await import('./records-notices')).RecordsNotices }));
// Only a course that uses the company's sign-in shows this, and only until the trainee has signed in.
const SignInScreen = lazy(async () => ({ default: (await import('./sign-in-screen')).SignInScreen }));

// HR's pages, certificate verification, presenter mode and the trainer's sheets, and the welcome page itself are open without a trainee profile.
const ungated = (pathname: string) =>
  pathname === paths.welcome.pattern || pathname === paths.hr.pattern || pathname.startsWith(`${paths.hr.pattern}/`) || pathname === paths.verify.href() || pathname.startsWith(`${paths.verify.href()}/`) || pathname.startsWith('/present/') || pathname.startsWith('/trainer/') || pathname === paths.join.pattern;

export function RootLayout() {
  const { t } = useTranslation();
  const profile = useProfileStore((s) => s.profile);
  const lms = useProfileStore((s) => s.lms);
  // What the profile link does, in words: its text shows only the name.
  const profileLabel = profile ? t(lms ? 'profile.lmsLink' : 'profile.editLink', { name: profile.name }) : undefined;
  const storageTrouble = useStorageNotices((s) => s.notices.length > 0 || s.unsaved.length > 0);
  const mode = useRecordsStatus((s) => s.mode);
  const recording = useRecordsStatus((s) => s.enabled);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusOnPageChange(location.pathname, main);
  // A sandbox plan shared as a link (`#plan=`, src/features/sandbox/share-link.ts) opens for anyone:
  // looking at a colleague's plan must not make the recipient register (and create a record).
  const open = ungated(location.pathname) || (location.pathname === paths.sandbox.pattern && location.hash.startsWith('#plan='));
  const signIn = useSessionStore((s) => s.signIn);
  // With company sign-in nobody is asked to type who they are: they sign in first. The join page is
  // open to guests, but a phone whose sign-in ran out is asked to sign in again rather than made a
  // guest whose answers would count for no one.
  const mustSignIn = signIn.mode === 'company' && !signIn.user && (!open || (signIn.ended === true && location.pathname === paths.join.pattern));
  // Only a course that keeps records asks who the trainee is; with records off the course opens at once.
  if (!profile && !open && mode === 'on' && !mustSignIn) return <Navigate to={paths.welcome.href(`${location.pathname}${location.search}${location.hash}`)} replace />;
  const waiting = !profile && !open && mode === 'unknown';
  const hr = location.pathname.startsWith(paths.hr.pattern);
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
        <SiteMenu
          trainee={!hr && location.pathname !== paths.welcome.pattern}
          profileLink={
            profile &&
            !hr &&
            !mustSignIn && (
              // The name with a pencil keeps the header on one line; the link still says what it does.
              <Link to={paths.profile.href()} className="shell__profile" aria-label={profileLabel} title={profileLabel}>
                {profile.name}
                {!lms && <span aria-hidden="true"> ✎</span>}
              </Link>
            )
          }
        />
      </header>
      {storageTrouble && (
        <Suspense fallback={null}>
          <StorageNotices />
        </Suspense>
      )}
      {recording && (
        <Suspense fallback={null}>
          <RecordsNotices />
        </Suspense>
      )}
      <PwaNotices />
      <main id="main" className="shell__main" tabIndex={-1} ref={main}>
        {/* Until config.json says whether records are kept, nothing is shown rather than a form that may vanish. */}
        {mustSignIn ? (
          <Suspense fallback={null}>
            <SignInScreen login={signIn.login} ended={signIn.ended} />
          </Suspense>
        ) : (
          !waiting && <Outlet />
        )}
      </main>
      <footer className="shell__footer">{t('app.footer')}</footer>
    </div>
  );
}
