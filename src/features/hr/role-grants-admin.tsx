import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employeeIdProblem, groupGrants, normalizeEmployeeId, type GrantableRole, type GrantedPerson } from '../../domain';
import { getRoleGrants, setRoleGrants } from './hr-admin-api';
import { HrApiError } from './hr-http';
import { useHrContext } from './hr-context';
import { RoleGrantForm, type Draft, type FormProblem } from './role-grant-form';
import { RoleGrantsTable } from './role-grants-table';
import { useHrResource } from './use-hr-resource';
import { useRoleLabels } from './use-role-labels';

/** A change waiting for the admin's confirmation: removing every grant, or an admin dropping their own admin grant. */
interface Pending {
  person: GrantedPerson;
  roles: GrantableRole[];
  from: 'form' | 'list';
  /** The signed-in admin is removing their own admin grant. */
  self: boolean;
}

const emptyDraft: Draft = { employeeId: '', roles: [] };

/** The list of granted roles and the form that grants, changes and removes them. */
export function RoleGrantsAdmin() {
  const { t } = useTranslation('hr');
  const labels = useRoleLabels();
  const { csrf, user, expire } = useHrContext();
  const id = useId();
  const loaded = useHrResource('roles', (signal) => getRoleGrants(signal), expire);
  const people = useMemo(() => (loaded.data ? groupGrants(loaded.data.grants) : undefined), [loaded.data]);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [problem, setProblem] = useState<FormProblem>();
  const [listProblem, setListProblem] = useState<'removeFailed' | 'forbidden'>();
  const [pending, setPending] = useState<Pending>();
  const [done, setDone] = useState<{ employeeId: string; roles: GrantableRole[] }>();
  const [busy, setBusy] = useState(false);
  const idInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusDialog = useCallback((el: HTMLDivElement | null) => el?.focus(), []);

  const find = (employeeId: string) => people?.find((p) => p.employeeId === employeeId);
  const typed = find(normalizeEmployeeId(draft.employeeId));
  const dropsOwnAdmin = (person: GrantedPerson | undefined, roles: readonly GrantableRole[]) => Boolean(person && person.employeeId === user && person.roles.includes('admin') && !roles.includes('admin'));
  const who = (p: GrantedPerson) => (p.name ? t('roles.who', { id: p.employeeId, name: p.name }) : t('roles.whoId', { id: p.employeeId }));

  // After a confirmed change the dialog goes away: focus returns to the form, or to what opened the dialog if it failed.
  const save = async (employeeId: string, roles: GrantableRole[], from: Pending['from'], confirmed = false) => {
    setBusy(true);
    let next: HTMLElement | null = null;
    try {
      await setRoleGrants(csrf, employeeId, roles);
      setDone({ employeeId, roles });
      if (from === 'form' || normalizeEmployeeId(draft.employeeId) === employeeId) setDraft(emptyDraft);
      next = idInput.current;
      loaded.retry();
    } catch (caught) {
      const kind = caught instanceof HrApiError ? caught.kind : 'server';
      if (kind === 'unauthorized') return expire();
      if (from === 'list') setListProblem(kind === 'forbidden' ? 'forbidden' : 'removeFailed');
      else setProblem(kind === 'forbidden' ? 'forbidden' : kind === 'bad_request' ? 'rejected' : 'saveFailed');
      next = opener.current;
    } finally {
      setBusy(false);
      setPending(undefined);
    }
    if (confirmed) next?.focus();
  };

  const submit = () => {
    setDone(undefined);
    setListProblem(undefined);
    const idProblem = employeeIdProblem(draft.employeeId);
    if (idProblem) {
      setProblem(idProblem);
      idInput.current?.focus();
      return;
    }
    // Typed with a Chinese input method, ｅ２００１ is E2001: the id the company account gives.
    const employeeId = normalizeEmployeeId(draft.employeeId);
    const person = find(employeeId);
    if (draft.roles.length === 0 && !person) return setProblem('noRoles');
    setProblem(undefined);
    const self = dropsOwnAdmin(person, draft.roles);
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (person && (draft.roles.length === 0 || self)) setPending({ person, roles: draft.roles, from: 'form', self });
    else void save(employeeId, draft.roles, 'form');
  };

  const change = (person: GrantedPerson) => {
    setDraft({ employeeId: person.employeeId, roles: [...person.roles] });
    setProblem(undefined);
    setDone(undefined);
    idInput.current?.focus();
  };

  const askRemove = (person: GrantedPerson, from: HTMLElement) => {
    opener.current = from;
    setDone(undefined);
    setListProblem(undefined);
    setPending({ person, roles: [], from: 'list', self: dropsOwnAdmin(person, []) });
  };

  const clear = () => {
    setDraft(emptyDraft);
    setProblem(undefined);
  };

  const cancel = () => {
    setPending(undefined);
    opener.current?.focus();
  };

  return (
    <>
      <RoleGrantForm draft={draft} onChange={setDraft} onSubmit={submit} onClear={clear} existing={typed} problem={problem} busy={busy} idInput={idInput} />
      {pending && (
        <div ref={focusDialog} tabIndex={-1} role="alertdialog" aria-labelledby={`${id}-confirm`} aria-describedby={pending.self ? `${id}-self` : undefined} className="hr-panel roles-confirm">
          <p id={`${id}-confirm`}>
            {pending.roles.length === 0 ? t('roles.confirmRemove', { who: who(pending.person), roles: labels.list(pending.person.roles) }) : t('roles.confirmChange', { who: who(pending.person), roles: labels.list(pending.roles) })}
          </p>
          {pending.self && (
            <p id={`${id}-self`} className="field-error">
              {t('roles.selfWarning')}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void save(pending.person.employeeId, pending.roles, pending.from, true)} disabled={busy}>
              {t('roles.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel} disabled={busy}>
              {t('roles.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="roles-done">
        {done ? (done.roles.length ? t('roles.saved', { id: done.employeeId, roles: labels.list(done.roles) }) : t('roles.removed', { id: done.employeeId })) : ''}
      </p>
      {listProblem && (
        <p className="field-error" role="alert">
          {t(listProblem === 'forbidden' ? 'roles.forbidden' : 'roles.removeFailed')}
        </p>
      )}
      <h2 id={`${id}-list`}>{t('roles.tableLabel')}</h2>
      {loaded.error ? (
        <div className="hr-panel load-error" role="alert">
          <p>{loaded.error === 'forbidden' ? t('roles.adminsOnly') : t('roles.loadFailed')}</p>
          <button type="button" className="button" onClick={loaded.retry}>
            {t('retry')}
          </button>
        </div>
      ) : !people ? (
        <p className="hr-panel loading" role="status">
          {t('roles.loading')}
        </p>
      ) : people.length === 0 ? (
        <p className="hr-panel hr-empty">{t('roles.empty')}</p>
      ) : (
        <RoleGrantsTable people={people} labelledBy={`${id}-list`} onChange={change} onRemove={askRemove} />
      )}
    </>
  );
}
