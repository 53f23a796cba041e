import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { ADMIN_EMPLOYEE_ID_MAX, employeeIdProblem, normalizeEmployeeId } from '../../domain';
import { mergeTrainee, removeTrainee } from './hr-admin-api';
import { HrApiError } from './hr-http';
import { useHrContext } from './hr-context';
import { ConfirmBox } from './confirm-box';
import { useFormatters } from '../../ui/use-formatters';

type Pending = { kind: 'merge'; into: string } | { kind: 'remove' };
const messages = {
  failed: 'identity.failed',
  notFound: 'identity.notFound',
  verified: 'identity.verified',
  mergeRequired: 'identity.mergeRequired',
  mergeSame: 'identity.mergeSame',
  mergeTooLong: 'identity.mergeTooLong',
  mergeChars: 'identity.mergeChars',
} as const;
type Problem = keyof typeof messages;

/** What the server's refusal means for the admin, by its name. */
function refusal(caught: unknown): Problem {
  if (!(caught instanceof HrApiError)) return 'failed';
  if (caught.kind === 'not_found') return 'notFound';
  if (caught.code === 'same_identity') return 'mergeSame';
  if (caught.code === 'bad_employee_id') return 'mergeChars';
  if (caught.code === 'verified') return 'verified';
  return 'failed';
}

/**
 * An admin's clean-up of a self-declared identity: merge it into the right one, or remove it.
 * Each asks for confirmation first; only an admin (by the server's roles) sees it.
 */
export function IdentityAdminPanel({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const { csrf, roles, expire } = useHrContext();
  const navigate = useNavigate();
  const id = useId();
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  if (!roles.includes('admin')) return null;

  const askMerge = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // Typed with a Chinese input method, Ｅ２００１ is E2001.
    const into = normalizeEmployeeId((e.currentTarget.elements.namedItem('into') as HTMLInputElement).value);
    // Said before asking to confirm an irreversible merge that could not work.
    const problem = employeeIdProblem(into);
    const wrong = problem === 'required' ? 'mergeRequired' : problem === 'tooLong' ? 'mergeTooLong' : problem === 'chars' ? 'mergeChars' : into === employeeId ? 'mergeSame' : undefined;
    setError(wrong);
    if (!wrong) setPending({ kind: 'merge', into });
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
      setError(refusal(caught));
      setPending(undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="hr-panel hr-screen-only" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('identity.adminTitle')}</h2>
      <p className="hint">{t('identity.adminIntro')}</p>
      {pending ? (
        <ConfirmBox
          message={pending.kind === 'merge' ? t('identity.confirmMerge', { id: employeeId, into: pending.into }) : t('identity.confirmRemove', { id: employeeId })}
          confirm={t('identity.confirm')}
          onConfirm={() => void run()}
          onCancel={() => setPending(undefined)}
          busy={busy}
        />
      ) : (
        <>
          <form className="button-row hr-merge" onSubmit={askMerge} noValidate>
            <div className="field">
              <label htmlFor={`${id}-into`}>{t('identity.mergeInto')}</label>
              <input id={`${id}-into`} name="into" type="text" autoComplete="off" spellCheck={false} aria-invalid={error?.startsWith('merge') ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
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
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(messages[error], { max: f.number(ADMIN_EMPLOYEE_ID_MAX) })}
        </p>
      )}
    </section>
  );
}
