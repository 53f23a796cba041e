import { useTranslation } from 'react-i18next';
import { PresentDialog } from './present-dialog';

/** The keys of presenter mode (use-present-keys.ts), as a table. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [keys: string[], action: string][] = [
    [['→', '↓', 'Space', 'PageDown', 'N'], t('present.help.next')],
    [['←', '↑', 'Shift + Space', 'PageUp', 'P'], t('present.help.previous')],
    [['Home', 'End'], t('present.help.ends')],
    [['1…9', 'Enter'], t('present.help.number')],
    [['B', '.'], t('present.help.black')],
    [['W', ','], t('present.help.white')],
    [['F'], t('present.help.fullscreen')],
    [['G'], t('present.help.goto')],
    [['?'], t('present.help.help')],
    [['Esc'], t('present.help.closeDialog')],
  ];
  return (
    <PresentDialog title={t('present.help.title')} onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('present.help.key')}</th>
            <th scope="col">{t('present.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('present.help.typing')}</p>
      <div className="present-dialog__actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('present.help.close')}
        </button>
      </div>
    </PresentDialog>
  );
}
