import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../../ui/load-boundary';

export function RoleplayBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <LoadBoundary loading={t('roleplay.loading')} failed={t('roleplay.loadFailed')} retry={t('reader.retry')}>
      {children}
    </LoadBoundary>
  );
}
