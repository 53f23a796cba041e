import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../../ui/load-boundary';

/** Loading and retry for the question banks a review draws on. */
export function ReviewLoadBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <LoadBoundary loading={t('review.loading')} failed={t('review.loadFailed')} retry={t('reader.retry')}>
      {children}
    </LoadBoundary>
  );
}
