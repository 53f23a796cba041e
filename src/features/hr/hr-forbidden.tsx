import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionCsrf } from '../../stores/session-store';
import { companySignOut } from '../../ui/company-sign-out';

/** HR's sign-in, saying that the user has been signed out. */
const HR_SIGNED_OUT = '/hr?signin=signed-out';

/**
 * `/hr` for someone signed in with a company account that holds no HR role: why the records are
 * not shown, and a way to sign out (at the company's provider too) and sign in with another
 * account, as on a shared PC or with a personal and an HR account.
 */
export function HrForbidden({ noDepartment }: { noDepartment?: boolean | undefined }) {
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const [failed, setFailed] = useState(false);
  const signOut = async () => {
    setFailed(false);
    // The provider ends its own session too, then sends the browser back to HR's sign-in.
    await companySignOut({ csrf: sessionCsrf(), from: 'hr', signedOut: HR_SIGNED_OUT }).catch(() => setFailed(true));
  };
  return (
    <div className="hr-page page--narrow">
      <title>{`${t('title')} · ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      <p role="alert">{t(noDepartment ? 'forbiddenNoDepartment' : 'forbidden')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('forbiddenSignOut')}
        </button>
      </div>
      {failed && (
        <p className="field-error" role="alert">
          {t('account.logoutFailed')}
        </p>
      )}
    </div>
  );
}
