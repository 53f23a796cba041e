import { useTranslation } from 'react-i18next';
import { refusalKind, type RefusalKind } from '../../domain';
import { downloadFile } from '../../ui/download-file';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useFormatters } from '../../ui/use-formatters';

const REFUSAL_KEYS = {
  alreadyScored: 'records.refusal.alreadyScored',
  expired: 'records.refusal.expired',
  courseChanged: 'records.refusal.courseChanged',
  signIn: 'records.refusal.signIn',
  notYours: 'records.refusal.notYours',
  tooLarge: 'records.refusal.tooLarge',
  format: 'records.refusal.format',
  other: 'records.refusal.other',
} as const satisfies Record<RefusalKind, string>;

/**
 * Tells the trainee about records still waiting, and about any the server refused (kept aside,
 * never dropped): why, in their language; the server's own words are in the download.
 */
export function RecordsNotices() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { enabled, pending, rejected, retry } = useRecordsStatus();
  if (!enabled) return null;
  return (
    <>
      {rejected.length > 0 && (
        <div className="notices">
          <div className="notice" role="alert">
            <p>{t('records.rejected', { count: rejected.length, formatted: f.number(rejected.length) })}</p>
            <p className="hint">{t(REFUSAL_KEYS[refusalKind(rejected[0]!.status, rejected[0]!.reason)], { status: f.plain(rejected[0]!.status) })}</p>
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
        {pending > 0 ? t('records.pending', { count: pending, formatted: f.number(pending) }) : ''}
      </p>
    </>
  );
}
