import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { HrApiError, mergeTrainee, removeTrainee } from './hr-api';
import { useHrContext } from './hr-context';

type Pending = { kind: 'merge'; into: string } | { kind: 'remove' };

/**
 * An admin's clean-up of a self-declared identity: merge it into the right one, or remove it.
 * Each asks for confirmation first; only an admin (by the server's roles) sees it.
 */
export function IdentityAdminPanel({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation('hr');
  const { csrf, roles, expire } = useHrContext();
  const navigate = useNavigate();
  const id = useId();
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState<'failed' | 'notFound'>();
  const [busy, setBusy] = useState(false);
  if (!roles.includes('admin')) return null;

  const askMerge = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const into = (e.currentTarget.elements.namedItem('into') as HTMLInputElement).value.trim();
    setError(undefined);
    if (into) setPending({ kind: 'merge', into });
  };
  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'merge') await mergeTrainee(employeeId, pending.into, csrf);
      else await removeTrainee(employeeId, csrf);
      void navigate(paths.hr.href());
    } catch (caught) {
      if (caught instanceof HrApiError && caught.kind === 'unauthorized') return expire();
      setError(caught instanceof HrApiError && caught.kind === 'not_found' ? 'notFound' : 'failed');
      setPending(undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="hr-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('identity.adminTitle')}</h2>
      <p className="hint">{t('identity.adminIntro')}</p>
      {pending ? (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="hr-confirm">
          <p id={`${id}-confirm`}>{pending.kind === 'merge' ? t('identity.confirmMerge', { id: employeeId, into: pending.into }) : t('identity.confirmRemove', { id: employeeId })}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void run()} disabled={busy}>
              {t('identity.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setPending(undefined)} disabled={busy}>
              {t('identity.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <form className="button-row" onSubmit={askMerge}>
            <div className="field">
              <label htmlFor={`${id}-into`}>{t('identity.mergeInto')}</label>
              <input id={`${id}-into`} name="into" type="text" autoComplete="off" spellCheck={false} />
            </div>
            <button type="submit" className="button">
              {t('identity.merge')}
            </button>
          </form>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setPending({ kind: 'remove' })}>
              {t('identity.remove')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {t(error === 'notFound' ? 'identity.notFound' : 'identity.failed')}
        </p>
      )}
    </section>
  );
}
