import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumberInput, withoutUnit, type Answer, type NumericItem } from '../../domain';
import { useLocalized } from './use-localized';

interface Props {
  item: NumericItem;
  answer: Answer | undefined;
  locked: boolean;
  onAnswer: (answer: Answer | undefined) => void;
}

/** A number field that accepts what people type (1,250 · ６２５ · 12.5% · 380台) and says so when it cannot read it. */
export function NumericQuestion({ item, answer, locked, onAnswer }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const id = useId();
  const [text, setText] = useState(answer?.type === 'numeric' ? String(answer.value) : '');
  const read = (value: string) => parseNumberInput(withoutUnit(value, item.unit));
  const invalid = text.trim() !== '' && read(text) === undefined;

  const change = (value: string) => {
    setText(value);
    const parsed = read(value);
    // Text that is not a number is no answer: never score a stale earlier value.
    onAnswer(parsed === undefined ? undefined : { type: 'numeric', value: parsed });
  };

  return (
    <div className="numeric">
      <label htmlFor={id}>{t('quiz.numericLabel')}</label>
      <div className="numeric__field">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={locked}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => change(e.target.value)}
        />
        {item.unit && <span className="numeric__unit">{l(item.unit)}</span>}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          {t('quiz.invalidNumber')}
        </p>
      )}
    </div>
  );
}
