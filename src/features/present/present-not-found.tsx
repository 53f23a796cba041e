import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

export function PresentNotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('present.notFound')}</p>
      <Link className="button" to={paths.home.href()}>
        {t('present.backHome')}
      </Link>
    </div>
  );
}
