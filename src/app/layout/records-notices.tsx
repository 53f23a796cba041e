import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../ui/download-file';
import { useRecordsStatus } from '../../stores/records-status-store';

/** Tells the trainee about records still waiting, and about any the server refused (kept aside, never dropped). */
export function RecordsNotices() {
  const { t } = useTranslation();
  const { enabled, pending, rejected, retry } = useRecordsStatus();
  if (!enabled) return null;
  return (
    <>
      {rejected.length > 0 && (
        <div className="notices">
          <div className="notice" role="alert">
            <p>{t('records.rejected', { count: rejected.length })}</p>
            {rejected[0]!.reason && <p className="hint">{t('records.reason', { reason: rejected[0]!.reason })}</p>}
            <div className="button-row">
              <button type="button" className="button button--small" onClick={retry}>
                {t('records.retry')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => downloadFile('refused-records.json', JSON.stringify(rejected, null, 2), 'application/json')}
              >
                {t('records.download')}
              </button>
            </div>
          </div>
        </div>
      )}
      <p role="status" className="records-status">
        {pending > 0 ? t('records.pending', { count: pending }) : ''}
      </p>
    </>
  );
}
