import { useEffect, useMemo, useRef, useState } from 'react';
import { focusHeadingOnceDrawn } from '../../ui/focus-heading';
import { Outlet, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HrContext } from './hr-context';
import { signInFailureOf } from '../../domain';
import { HrForbidden } from './hr-forbidden';
import { LoginForm } from './login-form';
import { useHrSession } from './use-hr-session';
// Every HR page's styles, one file per part, in this order: the print rules come last and override the screen's.
import './hr.css';
import './hr-matrix.css';
import './hr-trainee.css';
import './hr-sort.css';
import './hr-charts.css';
import './hr-print.css';

export { ensureHrStrings } from './hr-strings';

/** `/hr/*`: the sign-in gate and account bar around HR's pages. */
export function HrLayout() {
  const { t } = useTranslation('hr');
  const { state, retry, signIn, expire, logout } = useHrSession();
  const [logoutFailed, setLogoutFailed] = useState(false);
  const user = state.phase === 'signed-in' ? state.session.user : '';
  const csrf = state.phase === 'signed-in' ? state.session.csrf : '';
  const roles = state.phase === 'signed-in' ? state.session.roles : undefined;
  const context = useMemo<HrContext>(() => ({ user, csrf, roles: roles ?? [], expire }), [user, csrf, roles, expire]);
  // Back from signing out at the company's provider (`?signin=signed-out`): said on the sign-in
  // form, and dropped from the address once someone signs in again.
  const [search, setSearch] = useSearchParams();
  const backFromSignOut = search.get('signin') === 'signed-out';
  const signedIn = state.phase === 'signed-in';
  // A sign-in's failure note (`?signin=refused`, …) goes the same way.
  const noted = search.has('signin');
  useEffect(() => {
    if (signedIn && noted)
      setSearch(
        (now) => {
          now.delete('signin');
          return now;
        },
        { replace: true },
      );
  }, [signedIn, noted, setSearch]);
  // Signed in from the form, which went away with focus in it: focus goes to the page's heading.
  const page = useRef<HTMLDivElement>(null);
  const signedInHere = useRef(false);
  useEffect(() => {
    if (!signedIn || !signedInHere.current || !page.current) return;
    signedInHere.current = false;
    return focusHeadingOnceDrawn(page.current);
  }, [signedIn]);

  if (state.phase === 'checking')
    return (
      <p className="hr-page loading" role="status">
        {t('checking')}
      </p>
    );
  if (state.phase === 'failed')
    return (
      <div className="hr-page page--narrow load-error" role="alert">
        <p>{t('sessionFailed')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  if (state.phase === 'forbidden') return <HrForbidden noDepartment={state.noDepartment} />;
  if (state.phase === 'signed-out')
    return (
      <LoginForm
        notice={state.notice ?? (backFromSignOut ? 'signedOut' : undefined)}
        failure={signInFailureOf(search.get('signin'))}
        onSignedIn={(session) => {
          signedInHere.current = true;
          signIn(session);
        }}
      />
    );

  const signOut = () => {
    setLogoutFailed(false);
    logout(state.session.csrf).catch(() => setLogoutFailed(true));
  };

  return (
    <div className="hr-page" ref={page}>
      <div className="hr-account hr-screen-only">
        <span className="hr-account__badge" aria-hidden="true">
          HR
        </span>
        <span className="hr-account__user">{t('account.signedInAs', { user })}</span>
        <button type="button" className="button button--small" onClick={signOut}>
          {t('account.logout')}
        </button>
      </div>
      {state.session.breakGlass && (
        <p className="notice hr-screen-only" role="note">
          {t('account.breakGlass')}
        </p>
      )}
      {logoutFailed && (
        <p className="field-error" role="alert">
          {t('account.logoutFailed')}
        </p>
      )}
      <Outlet context={context} />
    </div>
  );
}
