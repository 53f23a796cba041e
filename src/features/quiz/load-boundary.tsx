import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary as Boundary } from '../../ui/load-boundary';

/** Loading and retry for question banks. */
export function LoadBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Boundary loading={t('quiz.loading')} failed={t('quiz.loadFailed')} retry={t('reader.retry')}>
      {children}
    </Boundary>
  );
}
