import { useState, type ReactNode } from 'react';
import type { PushedQuestion } from '../../domain';

interface Props {
  /** The question the fields make now, or undefined when they do not make one. */
  build: () => PushedQuestion | undefined;
  onPush: (q: PushedQuestion) => void;
  /** The submit button's text. */
  label: string;
  /** Said (as an alert) after a submit whose fields made no question; without it such a submit does nothing. */
  invalid?: string;
  disabled?: boolean;
  children: ReactNode;
}

/** One of the trainer's question forms: its fields, then the button that pushes what they make. */
export function PushForm({ build, onPush, label, invalid, disabled, children }: Props) {
  const [rejected, setRejected] = useState(false);
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        const q = build();
        setRejected(!q);
        if (q) onPush(q);
      }}
    >
      {children}
      {rejected && invalid && (
        <p role="alert" className="field-error">
          {invalid}
        </p>
      )}
      <button type="submit" className="button" disabled={disabled}>
        {label}
      </button>
    </form>
  );
}

interface BoundedProps {
  id: string;
  min: number;
  max: number;
  /** Taken when the field is emptied or holds no number. */
  fallback: number;
  value: number;
  onChange: (value: number) => void;
}

/** A number input whose value always stays within its bounds, whatever is typed. */
export function BoundedNumberInput({ id, min, max, fallback, value, onChange }: BoundedProps) {
  return <input id={id} type="number" min={min} max={max} value={value} onChange={(e) => onChange(Math.max(min, Math.min(max, Number(e.target.value) || fallback)))} />;
}
