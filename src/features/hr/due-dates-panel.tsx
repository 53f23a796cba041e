import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDueDates, HrApiError, setDueDate, type DueDates } from './hr-api';
import { useHrContext } from './hr-context';
import { useHrResource } from './use-hr-resource';

/** Each department's due day: set or cleared by HR; those past their day are marked overdue. */
export function DueDatesPanel({ departments }: { departments: string[] }) {
  const { t } = useTranslation('hr');
  const { csrf, expire } = useHrContext();
  const id = useId();
  const loaded = useHrResource('due-dates', (signal) => getDueDates(signal), expire);
  const [saved, setSaved] = useState<DueDates | undefined>();
  const [department, setDepartment] = useState('');
  const [due, setDue] = useState('');
  const [failed, setFailed] = useState(false);
  const data = saved ?? loaded.data;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!department) return;
    try {
      setSaved(await setDueDate(csrf, department, due));
      setFailed(false);
    } catch (error) {
      if (error instanceof HrApiError && error.kind === 'unauthorized') expire();
      setFailed(true);
    }
  };

  return (
    <section className="hr-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('due.title')}</h2>
      <form className="hr-filters__grid" onSubmit={submit}>
        <div className="hr-field">
          <label htmlFor={`${id}-department`}>{t('due.department')}</label>
          <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('due.choose')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-due`}>{t('due.day')}</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!department}>
            {t('due.save')}
          </button>
        </div>
      </form>
      {failed && <p role="alert">{t('due.failed')}</p>}
      {data && data.dueDates.length > 0 && (
        <ul aria-label={t('due.list')}>
          {data.dueDates.map((d) => (
            <li key={d.department}>
              {t(d.due < data.today ? 'due.overdueItem' : 'due.item', { department: d.department, due: d.due })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
