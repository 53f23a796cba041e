import { Link, useRouteError, isRouteErrorResponse } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="page page--narrow" role="alert">
      <title>{`${t('errors.title')} · ${t('app.name')}`}</title>
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link className="button" to={paths.home.href()}>
        {t('reader.backHome')}
      </Link>
    </div>
  );
}
