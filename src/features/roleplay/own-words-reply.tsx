import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  boxRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (text: string) => void;
  onPickInstead: () => void;
}

/** The trainee's reply in their own words; an empty reply gets a clear message and nothing is sent. */
export function OwnWordsReply({ boxRef, onSend, onPickInstead }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const send = () => {
    if (!text.trim()) {
      setEmpty(true);
      boxRef.current?.focus();
      return;
    }
    onSend(text.trim());
    setText('');
    setEmpty(false);
  };
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-own`}>{t('roleplay.ownLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('roleplay.ownHint')}
      </p>
      <textarea
        id={`${id}-own`}
        ref={boxRef}
        rows={3}
        value={text}
        aria-describedby={empty ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={empty || undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {empty && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('roleplay.emptyReply')}
        </p>
      )}
      <div className="done__actions">
        <button type="submit" className="button button--primary">
          {t('roleplay.send')}
        </button>
        <button type="button" className="button" onClick={onPickInstead}>
          {t('roleplay.pickInstead')}
        </button>
      </div>
    </form>
  );
}
