import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { getViews, HrApiError, saveView, type SavedView } from './hr-api';
import { useHrContext } from './hr-context';
import { useHrResource } from './use-hr-resource';

/** Save the dashboard's current filters and sort under a name (on the server, for this HR user), and reopen saved ones. */
export function SavedViews({ search }: { search: string }) {
  const { t } = useTranslation('hr');
  const { csrf, expire } = useHrContext();
  const id = useId();
  const loaded = useHrResource('views', (signal) => getViews(signal), expire);
  const [saved, setSaved] = useState<SavedView[] | undefined>();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const views = saved ?? loaded.data?.views ?? [];

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setStatus('saving');
    try {
      setSaved((await saveView(csrf, { name: name.trim(), query: search.replace(/^\?/, '') })).views);
      setStatus('saved');
    } catch (error) {
      if (error instanceof HrApiError && error.kind === 'unauthorized') expire();
      setStatus('failed');
    }
  };

  return (
    <section className="hr-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('views.title')}</h2>
      <form className="hr-filters__grid" onSubmit={submit}>
        <div className="hr-field">
          <label htmlFor={`${id}-name`}>{t('views.name')}</label>
          <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!name.trim() || status === 'saving'}>
            {t('views.save')}
          </button>
        </div>
      </form>
      <p role="status">{status === 'saved' ? t('views.saved') : status === 'failed' ? t('views.failed') : ''}</p>
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
