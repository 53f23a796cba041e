import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { getViews, saveView } from './hr-api';
import { useHrSaved } from './use-hr-saved';

/** Save the dashboard's current filters and sort under a name (on the server, for this HR user), and reopen saved ones. */
export function SavedViews({ search }: { search: string }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const { data, saved, failed, saving, save } = useHrSaved('views', (signal) => getViews(signal));
  const [name, setName] = useState('');
  const views = data?.views ?? [];
  const status = saving ? '' : failed ? t('views.failed') : saved ? t('views.saved') : '';

  return (
    <section className="hr-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('views.title')}</h2>
      <form className="hr-filters__grid" onSubmit={(e) => void save(e, name.trim() ? (csrf) => saveView(csrf, { name: name.trim(), query: search.replace(/^\?/, '') }) : undefined)}>
        <div className="hr-field">
          <label htmlFor={`${id}-name`}>{t('views.name')}</label>
          <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!name.trim() || saving}>
            {t('views.save')}
          </button>
        </div>
      </form>
      <p role="status">{status}</p>
      {views.length > 0 && (
        <ul aria-label={t('views.list')}>
          {views.map((v) => (
            <li key={v.name}>
              <Link to={paths.hr.href(v.query ? `?${v.query}` : '')}>{v.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
