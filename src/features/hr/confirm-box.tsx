import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What will happen, said before it does. */
  message: string;
  /** The button that does it. */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** HR's ask-first box before something that replaces or removes: the message, then do it or cancel. */
export function ConfirmBox({ message, confirm, onConfirm, onCancel, busy = false }: Props) {
  const { t } = useTranslation('hr');
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // The question takes the focus as it opens (on the harmless answer), wherever the box sits on the
  // page; when it closes, the focus goes back to what asked, if that is still there.
  useEffect(() => {
    const asker = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancel.current?.focus();
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && asker?.isConnected) asker.focus();
    };
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={id}
      className="hr-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={id}>{message}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {confirm}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('identity.cancel')}
        </button>
      </div>
    </div>
  );
}
