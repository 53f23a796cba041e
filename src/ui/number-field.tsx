import { useId, useState } from 'react';
import { parseNumberInput } from '../domain';

interface Props {
  label: string;
  value: number | null;
  /** Called with every valid number typed (or null when emptied, if `allowEmpty`). */
  onCommit: (value: number | null) => void;
  /** Says what is wrong with a number, in the user's language; undefined when it is fine. */
  validate?: (value: number) => string | undefined;
  notANumber: string;
  allowEmpty?: boolean;
  className?: string;
  hideLabel?: boolean;
}

/**
 * A number input that never passes on what it cannot read: the trainee's text stays in the field
 * with the reason beside it, and the last good value stays in force until it is fixed.
 */
export function NumberField({ label, value, onCommit, validate, notANumber, allowEmpty, className, hideLabel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : String(value));
  let error: string | undefined;
  if (draft !== null && draft.trim() !== '') {
    const n = parseNumberInput(draft);
    error = n === undefined ? notANumber : validate?.(n);
  } else if (draft !== null && !allowEmpty) error = notANumber;

  const change = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      if (allowEmpty) onCommit(null);
      return;
    }
    const n = parseNumberInput(text);
    if (n !== undefined && !validate?.(n)) onCommit(n);
  };

  return (
    <span className={`number-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={() => !error && setDraft(null)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
