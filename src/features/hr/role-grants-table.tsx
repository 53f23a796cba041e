import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { GrantedPerson } from '../../domain';
import { useHrFormat } from './use-hr-format';
import { useRoleLabels } from './use-role-labels';

interface Props {
  people: readonly GrantedPerson[];
  /** The heading that names the table. */
  labelledBy: string;
  onChange: (person: GrantedPerson) => void;
  onRemove: (person: GrantedPerson, opener: HTMLElement) => void;
}

/** Everyone with granted roles: who they are, what they were granted, by whom and when. */
export function RoleGrantsTable({ people, labelledBy, onChange, onRemove }: Props) {
  const { t } = useTranslation('hr');
  const labels = useRoleLabels();
  const format = useHrFormat();
  return (
    <div className="hr-table-scroll">
      <table className="hr-table roles-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('roles.employeeId')}</th>
            <th scope="col">{t('roles.name')}</th>
            <th scope="col">{t('roles.granted')}</th>
            <th scope="col">{t('roles.grantedBy')}</th>
            <th scope="col">{t('roles.updated')}</th>
            <th scope="col">{t('roles.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.employeeId}>
              <th scope="row">{p.name === null ? p.employeeId : <Link to={paths.hrTrainee.href(p.employeeId)}>{p.employeeId}</Link>}</th>
              <td>{p.name ?? <span className="hint">{t('roles.unknownName')}</span>}</td>
              <td>{labels.list(p.roles)}</td>
              <td>{p.grantedBy}</td>
              <td>
                <time dateTime={p.updated}>{format.dateTime(p.updated)}</time>
              </td>
              <td>
                <div className="button-row">
                  <button type="button" className="button button--small" aria-label={t('roles.changeFor', { id: p.employeeId })} onClick={() => onChange(p)}>
                    {t('roles.change')}
                  </button>
                  <button type="button" className="button button--small" aria-label={t('roles.removeFor', { id: p.employeeId })} onClick={(e) => onRemove(p, e.currentTarget)}>
                    {t('roles.remove')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
