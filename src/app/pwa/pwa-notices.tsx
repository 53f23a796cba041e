import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../ui/use-online';
import { applyUpdate, waitingWorker } from './register-sw';

/**
 * Offers a new version of the course once it is ready (reload now, or later: the trainee decides
 * when the page changes under them) and says when the course is working offline. One polite live
 * region, always present (empty takes no room), so both are announced when they appear.
 */
export function PwaNotices() {
  const { t } = useTranslation();
  const worker = useSyncExternalStore(waitingWorker.subscribe, waitingWorker.get, () => null);
  const online = useOnline();
  const [postponed, setPostponed] = useState<ServiceWorker | null>(null);
  const later = () => {
    setPostponed(worker);
    // The button goes away with the banner; the page's content is the sensible place to land.
    document.getElementById('main')?.focus();
  };
  return (
    // A polite live region without the status role: pages keep `status` for their own messages.
    <div className="notices pwa-notices" aria-live="polite">
      {!online && <p className="hint">{t('pwa.offline')}</p>}
      {worker && worker !== postponed && (
        <div className="notice">
          <p>{t('pwa.updateReady')}</p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={applyUpdate}>
              {t('pwa.reloadNow')}
            </button>
            <button type="button" className="button button--small" onClick={later}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
