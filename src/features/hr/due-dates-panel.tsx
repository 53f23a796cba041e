import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_DAY_MIN, latestDueDay } from '../../domain';
import { getDueDates, setDueDate } from './hr-settings-api';
import { useDueDayCheck } from './use-due-day-check';
import { useHrSaved } from './use-hr-saved';

/** Each department's due day: set or cleared by HR; those past their day are marked overdue. */
export function DueDatesPanel({ departments }: { departments: string[] }) {
  const { t } = useTranslation('hr');
  const id = useId();
  const { data, failed, refusal, save, done, clearDone } = useHrSaved('due-dates', (signal) => getDueDates(signal));
  const { check, outOfRange } = useDueDayCheck();
  const [department, setDepartment] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = check(due, data?.today);
    setProblem(wrong);
    clearDone();
    if (!wrong && department) void save(e, (csrf) => setDueDate(csrf, department, due), due ? t('due.saved', { department, due }) : t('due.cleared', { department }));
  };
  // The server's clock may see another day than the page's: its refusal says the same thing.
  const shown = problem ?? (refusal?.code === 'due_out_of_range' && data ? outOfRange(data.today) : undefined);

  return (
    <section className="hr-panel hr-screen-only" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('due.title')}</h2>
      <form className="hr-filters__grid" onSubmit={submit} noValidate>
        <div className="hr-field">
          <label htmlFor={`${id}-department`}>{t('due.department')}</label>
          <select
            id={`${id}-department`}
            value={department}
            onChange={(e) => {
              setDepartment(e.target.value);
              clearDone();
            }}
          >
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
          <input
            id={`${id}-due`}
            type="date"
            value={due}
            min={DUE_DAY_MIN}
            max={data ? latestDueDay(data.today) : undefined}
            onChange={(e) => {
              setDue(e.target.value);
              clearDone();
            }}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? `${id}-due-error` : undefined}
          />
          {shown && (
            <p id={`${id}-due-error`} className="field-error" role="alert">
              {shown}
            </p>
          )}
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!department}>
            {t('due.save')}
          </button>
        </div>
      </form>
      {failed && !shown && <p role="alert">{t('due.failed')}</p>}
      {done && <p role="status">{done}</p>}
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
