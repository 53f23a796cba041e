import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '../../domain';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';
import { useFormatters } from '../../ui/use-formatters';

const NAME_KEY = storageKey('certificate-name');

/** With records off there is no profile: the name to print is asked here, once, and kept on this device. */
export function usePrintName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => safeStorage.get(NAME_KEY) ?? '');
  return [
    name,
    (next) => {
      safeStorage.set(NAME_KEY, next);
      setName(next);
    },
  ];
}

export function PrintNameForm({ onSave }: { onSave: (name: string) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = value.trim();
    if (!name) return setProblem(t('certificate.nameRequired'));
    if (name.length > PROFILE_LIMITS.name) return setProblem(t('certificate.nameTooLong', { max: f.number(PROFILE_LIMITS.name) }));
    onSave(name);
  };
  return (
    <form noValidate onSubmit={submit} className="certificate-name-form">
      <div className="field">
        <label htmlFor={id}>{t('certificate.nameLabel')}</label>
        <input
          id={id}
          type="text"
          autoComplete="name"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setProblem(null);
            setValue(e.target.value);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('certificate.nameHint')}
        </p>
        {problem && (
          <p id={`${id}-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('certificate.nameSubmit')}
      </button>
    </form>
  );
}
