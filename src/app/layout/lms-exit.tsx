import { useTranslation } from 'react-i18next';
import { useRecordsStatus } from '../../stores/records-status-store';

/** Inside a cmi5 LMS the trainee leaves with this button: the LMS then knows the session ended well. */
export function LmsExit() {
  const { t } = useTranslation();
  const exit = useRecordsStatus((s) => s.exit);
  const exited = useRecordsStatus((s) => s.exited);
  if (exited) return <p role="status" className="shell__exited">{t('lms.exited')}</p>;
  if (!exit) return null;
  return (
    <button type="button" className="button button--small" onClick={exit}>
      {t('lms.exit')}
    </button>
  );
}
