import { useId, useState, type FormEvent } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { deleteView, getViews, saveView } from './hr-settings-api';
import { useHrSaved } from './use-hr-saved';
import { ConfirmBox } from './confirm-box';
import { useFocusAfterRemoval } from '../../ui/use-focus-after-removal';

/** A change waiting for HR's yes: replacing a view of the same name, or deleting one. */
type Pending = { kind: 'replace' | 'delete'; name: string };

/** Save the dashboard's current filters and sort under a name (on the server, for this HR user), reopen and delete saved ones. */
export function SavedViews({ search }: { search: string }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const { data, failed, saving, save } = useHrSaved('views', (signal) => getViews(signal));
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [done, setDone] = useState<'saved' | 'deleted'>();
  const views = data?.views ?? [];
  // A view deleted with its own button: focus goes to the next one's button, or to the heading.
  const { section, removing } = useFocusAfterRemoval(data?.views, '.hr-views button');
  const status = saving ? '' : failed ? t('views.failed') : done === 'saved' ? t('views.saved') : done === 'deleted' ? t('views.deleted') : '';

  const store = async (viewName: string) => {
    setPending(undefined);
    if (await save(undefined, (csrf) => saveView(csrf, { name: viewName, query: search.replace(/^\?/, '') }))) setDone('saved');
  };
  const remove = async (viewName: string) => {
    setPending(undefined);
    if (await save(undefined, (csrf) => deleteView(csrf, viewName))) setDone('deleted');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const wanted = name.trim();
    setDone(undefined);
    if (!wanted) return;
    // Saving under a name in use would silently overwrite that view: ask first.
    if (views.some((v) => v.name === wanted)) setPending({ kind: 'replace', name: wanted });
    else void store(wanted);
  };

  return (
    <section className="hr-panel hr-screen-only" aria-labelledby={`${id}-title`} ref={section}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('views.title')}
      </h2>
      <form className="hr-filters__grid" onSubmit={submit}>
        <div className="hr-field">
          <label htmlFor={`${id}-name`}>{t('views.name')}</label>
          <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="hr-filters__clear">
          {/* Not disabled while saving: a disabled button drops the focus it has to the page. */}
          <button type="submit" className="button button--small" disabled={!name.trim()} aria-disabled={saving || undefined}>
            {t('views.save')}
          </button>
        </div>
      </form>
      {pending && (
        <ConfirmBox
          message={pending.kind === 'replace' ? t('views.confirmReplace', { name: pending.name }) : t('views.confirmDelete', { name: pending.name })}
          confirm={pending.kind === 'replace' ? t('views.replace') : t('views.delete')}
          onConfirm={() => {
            if (pending.kind === 'delete') removing(views.findIndex((v) => v.name === pending.name));
            void (pending.kind === 'replace' ? store(pending.name) : remove(pending.name));
          }}
          onCancel={() => setPending(undefined)}
          busy={saving}
        />
      )}
      <p role="status">{status}</p>
      {views.length > 0 && (
        <ul aria-label={t('views.list')} className="hr-views">
          {views.map((v) => (
            <li key={v.name}>
              <Link to={paths.hr.href(v.query ? `?${v.query}` : '')}>{v.name}</Link>{' '}
              <button type="button" className="button button--small" aria-label={t('views.deleteNamed', { name: v.name })} onClick={() => {
                  setDone(undefined);
                  setPending({ kind: 'delete', name: v.name });
                }}>
                {t('views.deleteButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
