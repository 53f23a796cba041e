import { useTranslation } from 'react-i18next';
import { useStorageNotices } from '../../stores/storage-notices-store';

export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useStorageNotices((s) => s.notices);
  const dismiss = useStorageNotices((s) => s.dismiss);
  const unsaved = useStorageNotices((s) => s.unsaved.length > 0);
  if (notices.length === 0 && !unsaved) return null;
  return (
    <div className="notices">
      {unsaved && (
        <div className="notice" role="alert">
          <p>{t('storage.notSaved')}</p>
        </div>
      )}
      {notices.map((n) => (
        <div key={n.key} className="notice" role="alert">
          <p>{t('storage.recovered')}</p>
          <button type="button" onClick={() => dismiss(n.key)}>
            {t('storage.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
