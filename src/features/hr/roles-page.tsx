import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { useHrContext } from './hr-context';
import { RoleGrantsAdmin } from './role-grants-admin';
import './roles.css';

/** `/hr/roles`: an admin grants, changes and removes roles beyond the company sign-in's. */
export function RolesPage() {
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const { roles } = useHrContext();
  const admin = roles.includes('admin');
  return (
    <>
      <title>{`${t('roles.title')} · ${tApp('app.name')}`}</title>
      <p>
        <Link to={paths.hr.href()}>{t('trainee.back')}</Link>
      </p>
      <h1>{t('roles.title')}</h1>
      {admin ? (
        <>
          <p className="lead">{t('roles.intro')}</p>
          <p className="notice" role="note">
            {t('roles.nextSignIn')}
          </p>
          <RoleGrantsAdmin />
        </>
      ) : (
        <p className="hr-panel" role="alert">
          {t('roles.adminsOnly')}
        </p>
      )}
    </>
  );
}
