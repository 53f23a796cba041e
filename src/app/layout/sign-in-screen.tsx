import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { signInFailureOf, type SignInFailure } from '../../domain';
import { CompanySignInLink } from '../../ui/company-sign-in-link';

const failureKey: Record<SignInFailure, `signIn.failed.${SignInFailure}`> = {
  expired: 'signIn.failed.expired',
  refused: 'signIn.failed.refused',
  no_employee_id: 'signIn.failed.no_employee_id',
  no_name: 'signIn.failed.no_name',
  no_subject: 'signIn.failed.no_subject',
  taken: 'signIn.failed.taken',
  failed: 'signIn.failed.failed',
};

/**
 * The first screen when the course uses the company's sign-in: one way in, the company account.
 */
export function SignInScreen({ login, ended }: { login: string; ended?: boolean | undefined }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [search] = useSearchParams();
  const failure = signInFailureOf(search.get('signin'));
  // Back from signing out (at the company's provider too): said once, as news rather than an error.
  const signedOut = search.get('signin') === 'signed-out';
  // Back to where the trainee was going, without the failure or signed-out note.
  const here = new URLSearchParams(search);
  here.delete('signin');
  const next = `${location.pathname}${here.size ? `?${here}` : ''}${location.hash}`;
  return (
    <section className="profile-page sign-in">
      <title>{`${t('signIn.title')} · ${t('app.name')}`}</title>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {signedOut && (
        <p className="notice" role="status">
          {t('signIn.signedOut')}
        </p>
      )}
      {ended && !failure && !signedOut && (
        <p className="notice" role="status">
          {/* A phone joining a live session is told what signing in again is for: its answers counting as its own. */}
          {location.pathname === paths.join.pattern ? t('signIn.endedLive') : t('signIn.ended')}
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {t(failureKey[failure])}
        </p>
      )}
      <CompanySignInLink href={`${login}?next=${encodeURIComponent(next)}`}>{t('signIn.button')}</CompanySignInLink>
      <p className="hint">{t('signIn.why')}</p>
    </section>
  );
}
