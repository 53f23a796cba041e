import { useId } from 'react';
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
  return (
    <div role="alertdialog" aria-labelledby={id} className="hr-confirm">
      <p id={id}>{message}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {confirm}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('identity.cancel')}
        </button>
      </div>
    </div>
  );
}
