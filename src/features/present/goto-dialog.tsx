import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSlideNumber } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { PresentDialog } from './present-dialog';

interface Props {
  slideCount: number;
  onGo: (index: number) => void;
  onClose: () => void;
}

/** "Go to slide": asks for a slide number (1-based), and says so when it is not one. */
export function GotoDialog({ slideCount, onGo, onClose }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const total = f.number(slideCount);
  return (
    <PresentDialog title={t('present.goto.title')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const index = parseSlideNumber(text, slideCount);
          if (index === undefined) setInvalid(true);
          else onGo(index);
        }}
      >
        <label htmlFor={inputId}>{t('present.goto.label', { total })}</label>
        <input
          id={inputId}
          className="present-dialog__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('present.goto.invalid', { total })}
          </p>
        )}
        <div className="present-dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('present.goto.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('present.goto.submit')}
          </button>
        </div>
      </form>
    </PresentDialog>
  );
}
