import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../stores/session-store';
import { companySignOut } from '../../ui/company-sign-out';

/** The first screen, saying that the trainee has been signed out. */
const SIGNED_OUT = '/?signin=signed-out';

/** `/profile` with company sign-in: the account's details, read-only, and signing out. */
export function CompanyProfile({ user, csrf }: { user: SessionUser; csrf: string | null }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const signOut = async () => {
    setFailed(false);
    // The company's provider ends its own session too, then sends the browser back to the first screen.
    await companySignOut({ csrf, signedOut: SIGNED_OUT }).catch(() => setFailed(true));
  };
  return (
    <section className="profile-page profile-page--edit">
      <title>{`${t('profile.editTitle')} · ${t('app.name')}`}</title>
      <h1>{t('profile.editTitle')}</h1>
      <p className="lead">{t('profile.companyIntro')}</p>
      <dl className="profile-details">
        <dt>{t('profile.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('profile.employeeId')}</dt>
        <dd>{user.employeeId}</dd>
        <dt>{t('profile.department')}</dt>
        <dd>{user.department}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('profile.signOut')}
        </button>
      </div>
      {failed && (
        <p className="field-error" role="alert">
          {t('profile.signOutFailed')}
        </p>
      )}
    </section>
  );
}
