import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_FILTERS, FINAL_FILTERS, RECORD_STATUSES, type CertificateFilter, type FinalFilter, type RecordStatus } from '../../domain';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { datesReversed, hasFilters, type HrFilters } from './filters';
import { certificateFilterLabel, finalFilterLabel, statusLabel } from './labels';
import { useHrFormat } from './use-hr-format';

interface Props {
  filters: HrFilters;
  departments: string[];
  moduleIds: string[];
  onChange: (patch: Partial<HrFilters>) => void;
  onClear: () => void;
}

/** Department, status (of the course or one module), active dates and a search; every change goes to the URL. */
export function FilterBar({ filters, departments, moduleIds, onChange, onClear }: Props) {
  const { t } = useTranslation('hr');
  const format = useHrFormat();
  const id = useId();
  // The chosen department stays selectable even before the list arrives (a shared link).
  const departmentOptions = filters.department && !departments.includes(filters.department) ? [filters.department, ...departments] : departments;
  const moduleOptions = filters.module && !moduleIds.includes(filters.module) ? [filters.module, ...moduleIds] : moduleIds;
  const reversed = datesReversed(filters);

  return (
    <section className="hr-panel hr-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('filters.title')}
      </h2>
      <div className="hr-filters__grid">
        <SearchField value={filters.q} label={t('filters.search')} onCommit={(q) => onChange({ q })} />
        <div className="hr-field">
          <label htmlFor={`${id}-department`}>{t('filters.department')}</label>
          <select id={`${id}-department`} value={filters.department} onChange={(e) => onChange({ department: e.target.value })}>
            <option value="">{t('filters.allDepartments')}</option>
            {departmentOptions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
          <select id={`${id}-status`} value={filters.status} onChange={(e) => onChange({ status: e.target.value as RecordStatus | '' })}>
            <option value="">{t('filters.anyStatus')}</option>
            {RECORD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusLabel[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-module`}>{t('filters.module')}</label>
          <select id={`${id}-module`} value={filters.module} onChange={(e) => onChange({ module: e.target.value })}>
            <option value="">{t('filters.wholeCourse')}</option>
            {moduleOptions.map((m) => (
              <option key={m} value={m}>
                {format.moduleTitle(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-final`}>{t('filters.final')}</label>
          <select id={`${id}-final`} value={filters.final} onChange={(e) => onChange({ final: e.target.value as FinalFilter | '' })}>
            <option value="">{t('filters.anyFinal')}</option>
            {FINAL_FILTERS.map((v) => (
              <option key={v} value={v}>
                {t(finalFilterLabel[v])}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-certificate`}>{t('filters.certificate')}</label>
          <select id={`${id}-certificate`} value={filters.certificate} onChange={(e) => onChange({ certificate: e.target.value as CertificateFilter | '' })}>
            <option value="">{t('filters.anyCertificate')}</option>
            {CERTIFICATE_FILTERS.map((v) => (
              <option key={v} value={v}>
                {t(certificateFilterLabel[v])}
              </option>
            ))}
          </select>
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            aria-invalid={reversed}
            aria-describedby={reversed ? `${id}-dates` : undefined}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        </div>
        <div className="hr-field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            aria-invalid={reversed}
            aria-describedby={reversed ? `${id}-dates` : undefined}
            onChange={(e) => onChange({ to: e.target.value })}
          />
        </div>
        <div className="hr-field hr-field--check">
          <label>
            <input type="checkbox" checked={filters.overdue === 'yes'} onChange={(e) => onChange({ overdue: e.target.checked ? 'yes' : '' })} /> {t('filters.overdue')}
          </label>
        </div>
        <div className="hr-filters__clear">
          <button
            type="button"
            className="button button--small"
            onClick={(e) => {
              onClear();
              // The button is disabled once nothing is filtered, which drops focus to the page: it goes to the search instead.
              e.currentTarget.closest('section')?.querySelector<HTMLInputElement>('input')?.focus();
            }}
            disabled={!hasFilters(filters)}
          >
            {t('filters.clear')}
          </button>
        </div>
      </div>
      {reversed && (
        <p id={`${id}-dates`} className="field-error" role="alert">
          {t('filters.dateOrder')}
        </p>
      )}
    </section>
  );
}

/** The search box: the text is the user's at once, the URL (and the request) follows once typing pauses. */
function SearchField({ value, label, onCommit }: { value: string; label: string; onCommit: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 300);
  // The URL changed elsewhere (cleared filters, back button): show what it says now.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== settled) setText(value);
  }
  const commit = useEffectEvent((q: string) => {
    if (q !== value) onCommit(q);
  });
  useEffect(() => commit(settled), [settled]);

  return (
    <div className="hr-field hr-field--search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </div>
  );
}
