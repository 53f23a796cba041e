import { useId, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_EMPLOYEE_ID_MAX, GRANTABLE_ROLES, type GrantableRole, type GrantedPerson } from '../../domain';
import { useRoleLabels } from './use-role-labels';
import { useFormatters } from '../../ui/use-formatters';

export interface Draft {
  employeeId: string;
  roles: GrantableRole[];
}

/** What is wrong with the draft, shown next to the field it concerns, or under the buttons. */
export type FormProblem = 'required' | 'tooLong' | 'chars' | 'rejected' | 'noRoles' | 'saveFailed' | 'forbidden';

const idMessage = { required: 'roles.required', tooLong: 'roles.tooLong', chars: 'roles.chars', rejected: 'roles.rejected' } as const;

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  onSubmit: () => void;
  onClear: () => void;
  /** The person the typed id already has grants for, if any: saving replaces them. */
  existing?: GrantedPerson;
  problem?: FormProblem;
  busy: boolean;
  idInput: Ref<HTMLInputElement>;
}

/** Employee id and role checkboxes, each role with a one-line explanation. */
export function RoleGrantForm({ draft, onChange, onSubmit, onClear, existing, problem, busy, idInput }: Props) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const labels = useRoleLabels();
  const id = useId();
  const idProblem = problem === 'required' || problem === 'tooLong' || problem === 'chars' || problem === 'rejected' ? problem : undefined;
  const idDescribedBy = [idProblem && `${id}-id-error`, existing && `${id}-existing`].filter(Boolean).join(' ') || undefined;
  const toggle = (role: GrantableRole, on: boolean) => onChange({ ...draft, roles: on ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) });
  // Not `disabled` while busy: focus may come back to the button once the save is over.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <form className="hr-panel roles-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{t('roles.formTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-id`}>{t('roles.employeeIdLabel')}</label>
        <input
          ref={idInput}
          id={`${id}-id`}
          name="employeeId"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft.employeeId}
          onChange={(e) => onChange({ ...draft, employeeId: e.target.value })}
          aria-invalid={idProblem ? true : undefined}
          aria-describedby={idDescribedBy}
        />
        {idProblem && (
          <p id={`${id}-id-error`} className="field-error" role="alert">
            {t(idMessage[idProblem], { max: f.number(ADMIN_EMPLOYEE_ID_MAX) })}
          </p>
        )}
        {existing && (
          <p id={`${id}-existing`} className="hint">
            {t('roles.existing', { id: existing.employeeId, roles: labels.list(existing.roles) })}
          </p>
        )}
      </div>
      <fieldset className="choice-group" aria-describedby={problem === 'noRoles' ? `${id}-roles-error` : undefined}>
        <legend>{t('roles.rolesLegend')}</legend>
        <div className="roles-choices">
          {GRANTABLE_ROLES.map((role) => (
            <label key={role} className="choice">
              <input type="checkbox" name="roles" value={role} checked={draft.roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} aria-labelledby={`${id}-${role}`} aria-describedby={`${id}-${role}-explain`} />
              <span>
                <span id={`${id}-${role}`} className="roles-choice__name">
                  {labels.name(role)}
                </span>
                <span id={`${id}-${role}-explain`} className="hint roles-choice__explain">
                  {labels.explain(role)}
                </span>
              </span>
            </label>
          ))}
        </div>
        {problem === 'noRoles' && (
          <p id={`${id}-roles-error`} className="field-error" role="alert">
            {t('roles.noRoles')}
          </p>
        )}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t('roles.save')}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('roles.clear')}
        </button>
      </div>
      {(problem === 'saveFailed' || problem === 'forbidden') && (
        <p className="field-error" role="alert">
          {t(problem === 'forbidden' ? 'roles.forbidden' : 'roles.saveFailed')}
        </p>
      )}
    </form>
  );
}
