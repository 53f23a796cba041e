import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_DAY_MIN, latestDueDay } from '../../domain';
import { getCohorts, setCohortDue, setCohortMembers } from './hr-settings-api';
import { useDueDayCheck } from './use-due-day-check';
import { useHrSaved } from './use-hr-saved';
import { ConfirmBox } from './confirm-box';
import { useFormatters } from '../../ui/use-formatters';

/** Employee ids as HR pastes them: one per line, or separated by commas or spaces. */
const idsOf = (text: string) => text.split(/[\s,，、;；]+/).filter(Boolean);

/** Cohorts: HR names a rollout wave, lists its employee ids and gives it a due day of its own. */
export function CohortsPanel() {
  const { t, i18n } = useTranslation('hr');
  const f = useFormatters();
  // Employee ids, listed as HR's language lists them ("E1, E2, E3" / "E1、E2、E3"); no "and" in a list of ids.
  const idList = (ids: readonly string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'narrow' }).format(ids);
  const id = useId();
  const { data, saved, failed, refusal, save, done, clearDone } = useHrSaved('cohorts', (signal) => getCohorts(signal));
  const { check, outOfRange } = useDueDayCheck();
  const [name, setName] = useState('');
  const [members, setMembers] = useState('');
  const [cohort, setCohort] = useState('');
  const [due, setDue] = useState('');
  const [dueProblem, setDueProblem] = useState<string>();
  const [membersProblem, setMembersProblem] = useState<string>();
  /** A cohort of this name has members: saving replaces them, once HR says yes. */
  const [pending, setPending] = useState<{ name: string; ids: string[]; count: number }>();
  const storeMembers = (cohortName: string, ids: string[]) => {
    setPending(undefined);
    void save(undefined, (csrf) => setCohortMembers(csrf, cohortName, ids), t('cohorts.savedMembers', { name: cohortName }));
  };
  const submitMembers = (e: FormEvent) => {
    e.preventDefault();
    const cohortName = name.trim();
    const ids = idsOf(members);
    setMembersProblem(ids.length === 0 ? t('cohorts.noIds') : undefined);
    if (!cohortName || ids.length === 0) return;
    const existing = data?.cohorts.find((c) => c.cohort === cohortName);
    if (existing && existing.members > 0) setPending({ name: cohortName, ids, count: existing.members });
    else storeMembers(cohortName, ids);
  };
  const refusedMembers = refusal?.code === 'no_employee_ids' ? t('cohorts.noIds') : refusal?.code === 'no_registered_ids' ? t('cohorts.noneRegistered', { ids: idList(refusal.unknown ?? []) }) : undefined;
  const membersShown = membersProblem ?? refusedMembers;
  const submitDue = (e: FormEvent) => {
    e.preventDefault();
    const wrong = check(due, data?.today);
    setDueProblem(wrong);
    clearDone();
    if (!wrong && cohort) void save(e, (csrf) => setCohortDue(csrf, cohort, due), due ? t('cohorts.savedDue', { cohort, due }) : t('cohorts.clearedDue', { cohort }));
  };
  const dueShown = dueProblem ?? (refusal?.code === 'due_out_of_range' && data ? outOfRange(data.today) : undefined);

  return (
    <section className="hr-panel hr-screen-only" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cohorts.title')}</h2>
      <p>{t('cohorts.intro')}</p>
      <form className="hr-filters__grid" onSubmit={submitMembers} noValidate>
        <div className="hr-field">
          <label htmlFor={`${id}-name`}>{t('cohorts.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value);
              clearDone();
            }}
          />
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-members`}>{t('cohorts.members')}</label>
          <textarea
            id={`${id}-members`}
            rows={3}
            value={members}
            onChange={(e) => {
              setMembers(e.target.value);
              clearDone();
            }}
            aria-invalid={membersShown ? true : undefined}
            aria-describedby={membersShown ? `${id}-members-error` : undefined}
          />
          {membersShown && (
            <p id={`${id}-members-error`} className="field-error" role="alert">
              {membersShown}
            </p>
          )}
        </div>
        <div className="hr-filters__clear">
          <button type="submit" className="button button--small" disabled={!name.trim()}>
            {t('cohorts.saveMembers')}
          </button>
        </div>
      </form>
      {pending && (
        <ConfirmBox
          message={t('cohorts.confirmReplace', { name: pending.name, count: pending.count, formatted: f.number(pending.count), listed: f.number(pending.ids.length) })}
          confirm={t('cohorts.replace')}
          onConfirm={() => storeMembers(pending.name, pending.ids)}
          onCancel={() => setPending(undefined)}
        />
      )}
      {data && data.cohorts.length > 0 && (
        <form className="hr-filters__grid" onSubmit={submitDue} noValidate>
          <div className="hr-field">
            <label htmlFor={`${id}-cohort`}>{t('cohorts.cohort')}</label>
            <select
              id={`${id}-cohort`}
              value={cohort}
              onChange={(e) => {
                setCohort(e.target.value);
                clearDone();
              }}
            >
              <option value="">{t('cohorts.choose')}</option>
              {data.cohorts.map((c) => (
                <option key={c.cohort} value={c.cohort}>
                  {c.cohort}
                </option>
              ))}
            </select>
          </div>
          <div className="hr-field">
            <label htmlFor={`${id}-due`}>{t('cohorts.day')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={due}
              min={DUE_DAY_MIN}
              max={latestDueDay(data.today)}
              onChange={(e) => {
                setDue(e.target.value);
                clearDone();
              }}
              aria-invalid={dueShown ? true : undefined}
              aria-describedby={dueShown ? `${id}-due-error` : undefined}
            />
            {dueShown && (
              <p id={`${id}-due-error`} className="field-error" role="alert">
                {dueShown}
              </p>
            )}
          </div>
          <div className="hr-filters__clear">
            <button type="submit" className="button button--small" disabled={!cohort}>
              {t('cohorts.saveDue')}
            </button>
          </div>
        </form>
      )}
      {failed && !dueShown && !membersShown && <p role="alert">{t('cohorts.failed')}</p>}
      {done && <p role="status">{done}</p>}
      {saved && saved.unknown.length > 0 && <p role="status">{t('cohorts.unknown', { ids: idList(saved.unknown) })}</p>}
      {saved?.moved && saved.moved.length > 0 && (
        <p role="status">{t('cohorts.moved', { moves: idList(saved.moved.map((m) => t('cohorts.movedItem', { id: m.employeeId, from: m.from }))) })}</p>
      )}
      {data && data.cohorts.length > 0 && (
        <ul aria-label={t('cohorts.list')}>
          {data.cohorts.map((c) => (
            <li key={c.cohort}>
              {c.due === null
                ? t('cohorts.item', { cohort: c.cohort, count: c.members, formatted: f.number(c.members) })
                : c.due < data.today
                  ? t('cohorts.itemOverdue', { cohort: c.cohort, count: c.members, formatted: f.number(c.members), due: c.due })
                  : t('cohorts.itemDue', { cohort: c.cohort, count: c.members, formatted: f.number(c.members), due: c.due })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
