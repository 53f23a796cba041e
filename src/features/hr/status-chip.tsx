import { useTranslation } from 'react-i18next';
import type { RecordStatus } from '../../domain';
import { statusLabel } from './labels';

const icon: Record<RecordStatus, string> = { not_started: '○', in_progress: '◐', completed: '✓' };

/** A status in words, with a shape and a color as extra cues (never color alone). */
export function StatusChip({ status }: { status: RecordStatus }) {
  const { t } = useTranslation('hr');
  return (
    <span className={`hr-status hr-status--${status}`}>
      <span className="hr-status__icon" aria-hidden="true">
        {icon[status]}
      </span>
      {t(statusLabel[status])}
    </span>
  );
}
