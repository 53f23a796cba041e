import { useId, useState } from 'react';
import { parseNumberInput } from '../domain';

interface Props {
  label: string;
  value: number | null;
  /**
   * Called with every valid number typed (or null when emptied, if `allowEmpty`), and with the
   * value from before the edit again when what is typed stops being valid.
   */
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
 * with the reason beside it. Valid numbers take effect as they are typed; while the text is not
 * valid, the value from before the edit is in force again, not a number typed on the way ("72"
 * of "72,5", "1" of "1e15"): a wrong entry changes nothing.
 */
export function NumberField({ label, value, onCommit, validate, notANumber, allowEmpty, className, hideLabel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // The value in force when this edit began, to go back to.
  const [before, setBefore] = useState<number | null>(value);
  const shown = draft ?? (value === null ? '' : String(value));
  let error: string | undefined;
  if (draft !== null && draft.trim() !== '') {
    const n = parseNumberInput(draft);
    error = n === undefined ? notANumber : validate?.(n);
  } else if (draft !== null && !allowEmpty) error = notANumber;

  const change = (text: string) => {
    // An edit begins when the field is first typed in, or wiped to be typed afresh.
    const begins = draft === null || text.trim() === '';
    const start = begins ? value : before;
    if (begins) setBefore(value);
    setDraft(text);
    const n = text.trim() === '' ? (allowEmpty ? null : undefined) : parseNumberInput(text);
    if (n === null || (n !== undefined && !validate?.(n))) onCommit(n);
    else if (value !== start) onCommit(start);
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
